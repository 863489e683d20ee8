import { describe, expect, it } from "vitest";
import { fold, highlight, queryTerms, type Segment } from "./fold";

/** The highlighted parts, for short assertions. */
const hits = (segments: Segment[]) => segments.filter((s) => s.hit).map((s) => s.text);

describe("fold", () => {
  it("ignores case and diacritics", () => {
    expect(fold("Łódź")).toBe("lodz");
    expect(fold("ŻÓŁĆ")).toBe("zolc");
    expect(fold("Crème Brûlée")).toBe("creme brulee");
    expect(fold("Ștefan Țiriac")).toBe("stefan tiriac");
    expect(fold("Dvořák")).toBe("dvorak");
  });

  it("spells out letters that do not decompose", () => {
    expect(fold("Søren Ødegård")).toBe("soren odegard");
    expect(fold("Đorđević")).toBe("dordevic");
    expect(fold("Straße")).toBe("strasse");
    expect(fold("Ærø")).toBe("aero");
    expect(fold("Œuvre")).toBe("oeuvre");
    expect(fold("Işık")).toBe("isik");
    expect(fold("İstanbul")).toBe("istanbul");
  });

  it("folds compatibility forms and decomposed input", () => {
    expect(fold("ﬁle")).toBe("file");
    expect(fold("e\u0301te\u0301")).toBe("ete");
  });

  it("splits a query into folded words", () => {
    expect(queryTerms("  Łódź, ul. Piotrkowska ")).toEqual(["lodz", "ul", "piotrkowska"]);
    expect(queryTerms(" ,; ")).toEqual([]);
  });
});

describe("highlight", () => {
  it("marks word starts whatever the case and accents", () => {
    const segments = highlight("Meeting in Łódź on Monday", "lodz");
    expect(segments).toEqual([
      { text: "Meeting in ", hit: false },
      { text: "Łódź", hit: true },
      { text: " on Monday", hit: false },
    ]);
  });

  it("marks prefixes, as the search matches them", () => {
    expect(hits(highlight("Anna Kowalska, Kowalski & Co", "kowal"))).toEqual(["Kowal", "Kowal"]);
  });

  it("does not mark the middle of a word", () => {
    expect(hits(highlight("Bankowa 12", "kow"))).toEqual([]);
  });

  it("marks every word of the query", () => {
    expect(hits(highlight("Jan Nowak from Gdańsk", "gdansk jan"))).toEqual(["Jan", "Gdańsk"]);
  });

  it("maps expansions back onto the original letters", () => {
    expect(hits(highlight("Große Straße 5", "strasse"))).toEqual(["Straße"]);
    expect(hits(highlight("Ærøskøbing", "aero"))).toEqual(["Ærø"]);
  });

  it("keeps combining marks with their letter", () => {
    const text = "Cafe\u0301 Noir";
    expect(hits(highlight(text, "cafe"))).toEqual(["Cafe\u0301"]);
  });

  it("merges overlapping matches", () => {
    expect(highlight("Kowalska", "ko kowal")).toEqual([
      { text: "Kowal", hit: true },
      { text: "ska", hit: false },
    ]);
  });

  it("gives the text unmarked when nothing matches or the query is empty", () => {
    expect(highlight("Anna", "")).toEqual([{ text: "Anna", hit: false }]);
    expect(highlight("Anna", "zz")).toEqual([{ text: "Anna", hit: false }]);
    expect(highlight("", "anna")).toEqual([]);
  });

  it("keeps every character of the text", () => {
    const text = "…ul. Świętej Anny 5, Kraków; tel. 12 345 67 89…";
    expect(
      highlight(text, "krakow swie 12")
        .map((s) => s.text)
        .join(""),
    ).toBe(text);
  });
});
