import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";

describe("csvCell", () => {
  it("leaves plain text alone", () => expect(csvCell("Contoso")).toBe("Contoso"));
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("Fabrikam, SAS")).toBe('"Fabrikam, SAS"');
    expect(csvCell('The "best" offer')).toBe('"The ""best"" offer"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });
  it.each(["=HYPERLINK(\"x\")", "+1 555 0100", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("neutralises formula-like %j", (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
  });
  it("keeps numbers and empty values", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(csvLine(["a", null, "=1"])).toBe("a,,'=1\r\n");
  });
});
