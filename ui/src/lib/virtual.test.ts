import { describe, expect, it } from "vitest";
import { moveSelection, pageOf, pageRuns, pagesFor, rowsPerPage, scrollToShow, visibleRange } from "./virtual";

describe("visibleRange", () => {
  it("covers the viewport plus overscan", () => {
    expect(visibleRange(0, 560, 56, 100_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(5600, 560, 56, 100_000, 5)).toEqual({ start: 95, end: 115 });
  });

  it("counts a partly visible row", () => {
    expect(visibleRange(28, 56, 56, 100, 0)).toEqual({ start: 0, end: 2 });
  });

  it("stops at the end of the list", () => {
    expect(visibleRange(56 * 99_990, 560, 56, 100_000, 5)).toEqual({ start: 99_985, end: 100_000 });
  });

  it("is empty for an empty list and safe for odd input", () => {
    expect(visibleRange(0, 560, 56, 0, 5)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(-40, 560, 56, 3, 5)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(0, 0, 56, 10, 2)).toEqual({ start: 0, end: 2 });
  });

  it("keeps a valid range when scrolled past a list that shrank", () => {
    expect(visibleRange(56 * 5000, 560, 56, 10, 3)).toEqual({ start: 9, end: 10 });
  });
});

describe("pages", () => {
  it("finds the page of a row", () => {
    expect(pageOf(0, 200)).toBe(0);
    expect(pageOf(199, 200)).toBe(0);
    expect(pageOf(200, 200)).toBe(1);
    expect(pageOf(99_999, 200)).toBe(499);
  });

  it("lists the pages a range needs", () => {
    expect(pagesFor({ start: 0, end: 15 }, 200)).toEqual([0]);
    expect(pagesFor({ start: 190, end: 215 }, 200)).toEqual([0, 1]);
    expect(pagesFor({ start: 200, end: 400 }, 200)).toEqual([1]);
    expect(pagesFor({ start: 5, end: 5 }, 200)).toEqual([]);
  });

  it("groups consecutive pages into one run each", () => {
    expect(pageRuns([])).toEqual([]);
    expect(pageRuns([7])).toEqual([{ start: 7, end: 8 }]);
    expect(pageRuns([3, 4, 5, 9, 10, 12])).toEqual([
      { start: 3, end: 6 },
      { start: 9, end: 11 },
      { start: 12, end: 13 },
    ]);
  });

  it("counts whole rows per viewport, at least one", () => {
    expect(rowsPerPage(560, 56)).toBe(10);
    expect(rowsPerPage(590, 56)).toBe(10);
    expect(rowsPerPage(0, 56)).toBe(1);
  });
});

describe("moveSelection", () => {
  it("moves by one and stays inside the list", () => {
    expect(moveSelection("ArrowDown", 3, 10, 5)).toBe(4);
    expect(moveSelection("ArrowDown", 9, 10, 5)).toBe(9);
    expect(moveSelection("ArrowUp", 3, 10, 5)).toBe(2);
    expect(moveSelection("ArrowUp", 0, 10, 5)).toBe(0);
  });

  it("starts at the top when nothing is selected", () => {
    expect(moveSelection("ArrowDown", -1, 10, 5)).toBe(0);
    expect(moveSelection("ArrowUp", -1, 10, 5)).toBe(0);
    expect(moveSelection("PageDown", -1, 10, 5)).toBe(5);
    expect(moveSelection("PageUp", -1, 10, 5)).toBe(0);
  });

  it("jumps by a page and to the ends", () => {
    expect(moveSelection("PageDown", 3, 100_000, 10)).toBe(13);
    expect(moveSelection("PageDown", 99_995, 100_000, 10)).toBe(99_999);
    expect(moveSelection("PageUp", 13, 100, 10)).toBe(3);
    expect(moveSelection("PageUp", 4, 100, 10)).toBe(0);
    expect(moveSelection("Home", 50, 100, 10)).toBe(0);
    expect(moveSelection("End", 50, 100_000, 10)).toBe(99_999);
  });

  it("ignores other keys and empty lists", () => {
    expect(moveSelection("a", 3, 10, 5)).toBeNull();
    expect(moveSelection("Enter", 3, 10, 5)).toBeNull();
    expect(moveSelection("ArrowDown", -1, 0, 5)).toBeNull();
  });
});

describe("scrollToShow", () => {
  it("leaves a visible row alone", () => {
    expect(scrollToShow(5, 0, 560, 56)).toBe(0);
  });

  it("scrolls up to a row above the viewport", () => {
    expect(scrollToShow(2, 560, 560, 56)).toBe(112);
  });

  it("scrolls down just enough for a row below", () => {
    expect(scrollToShow(10, 0, 560, 56)).toBe(56);
    expect(scrollToShow(99_999, 0, 560, 56)).toBe(56 * 100_000 - 560);
  });
});
