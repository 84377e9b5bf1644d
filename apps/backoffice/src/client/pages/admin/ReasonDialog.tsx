import { Button, Group, Modal, Textarea } from "@mantine/core";
import { useState } from "react";

/** Asks for the reason an action needs (shown to the operator or kept in the audit log). */
export function ReasonDialog(props: {
  title: string;
  action: string;
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}) {
  const [reason, setReason] = useState("");
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <Textarea
        label="Reason"
        required
        autosize
        minRows={3}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        data-autofocus
      />
      <Group justify="end" mt="md">
        <Button variant="default" onClick={props.onClose}>
          Cancel
        </Button>
        <Button
          color="red.9"
          disabled={reason.trim() === ""}
          onClick={() => {
            props.onConfirm(reason.trim());
            setReason("");
          }}
        >
          {props.action}
        </Button>
      </Group>
    </Modal>
  );
}
