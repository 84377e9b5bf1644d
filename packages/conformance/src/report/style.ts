import { styleText } from "node:util";

type Color = "green" | "red" | "yellow" | "gray" | "bold";

/** Colours text for a terminal, or leaves it plain (pipes, files, NO_COLOR). */
export type Painter = (color: Color, text: string) => string;

/**
 * A painter for `stream`: coloured only when it is a TTY and NO_COLOR is not set.
 *
 * @example
 * const paint = painterFor(process.stdout);
 * console.log(paint("green", "PASS"));
 */
export function painterFor(stream: NodeJS.WriteStream | undefined): Painter {
  const enabled = stream?.isTTY === true && process.env.NO_COLOR === undefined;
  return (color, text) => (enabled ? styleText(color, text, { validateStream: false }) : text);
}

/** A painter that never colours. */
export const plain: Painter = (_color, text) => text;

/** The label of a check status, fixed width. */
export function statusLabel(
  status: "pass" | "fail" | "warn" | "skip",
  required: boolean,
  paint: Painter,
): string {
  switch (status) {
    case "pass":
      return paint("green", "PASS");
    case "warn":
      return paint("yellow", "WARN");
    case "skip":
      return paint("gray", "SKIP");
    case "fail":
      return required ? paint("red", "FAIL") : paint("yellow", "ADVI");
  }
}
