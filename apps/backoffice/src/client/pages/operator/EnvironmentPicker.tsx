import { SegmentedControl } from "@mantine/core";

export type Environment = "sandbox" | "live";

export function EnvironmentPicker(props: { value: Environment; onChange: (value: Environment) => void }) {
  return (
    <SegmentedControl
      aria-label="Environment"
      value={props.value}
      onChange={(value) => props.onChange(value as Environment)}
      data={[
        { value: "sandbox", label: "Sandbox" },
        { value: "live", label: "Live" },
      ]}
    />
  );
}
