import { describe, expect, it } from "vitest";
import { segments } from "./marks";

describe("segments", () => {
  it("cuts the text at the core's marks", () => {
    expect(segments("Meeting in Łódź on Monday", [{ start: 11, end: 15 }])).toEqual([
      { text: "Meeting in ", hit: false },
      { text: "Łódź", hit: true },
      { text: " on Monday", hit: false },
    ]);
  });

  it("counts UTF-16 units, as the core sends them", () => {
    expect(segments("😀 Anna", [{ start: 3, end: 7 }])).toEqual([
      { text: "😀 ", hit: false },
      { text: "Anna", hit: true },
    ]);
  });

  it("clips marks that overlap or run past the end, and keeps plain text whole", () => {
    expect(segments("Kowalska", [{ start: 0, end: 5 }, { start: 3, end: 40 }])).toEqual([
      { text: "Kowal", hit: true },
      { text: "ska", hit: true },
    ]);
    expect(segments("Anna", [])).toEqual([{ text: "Anna", hit: false }]);
    expect(segments("", [{ start: 0, end: 2 }])).toEqual([]);
  });
});
