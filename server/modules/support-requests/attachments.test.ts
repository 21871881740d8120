import { crc32, deflateRawSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { localizeMessage } from "../../platform/i18n.ts";
import { checkAttachments, detectKind, safeFileName, zipEntries } from "./attachments.ts";

type Entry = { name: string; data: string | Buffer; deflate?: boolean };

/** A real ZIP archive (stored or deflated entries, central directory, end record), as Office and Hancom write. */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.from(entry.data);
    const data = entry.deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name, "utf8");
    const method = entry.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = { name: "[Content_Types].xml", data: '<?xml version="1.0"?><Types/>', deflate: true };
const docx = () =>
  zip([
    contentTypes,
    { name: "_rels/.rels", data: "<Relationships/>", deflate: true },
    { name: "word/document.xml", data: "<w:document/>", deflate: true },
  ]);
const xlsx = () => zip([contentTypes, { name: "xl/workbook.xml", data: "<workbook/>", deflate: true }]);
const pptx = () => zip([contentTypes, { name: "ppt/presentation.xml", data: "<p/>", deflate: true }]);
const hwpx = (deflate = false) =>
  zip([
    { name: "mimetype", data: "application/hwp+zip", deflate },
    { name: "Contents/section0.xml", data: "<hs:sec/>", deflate: true },
  ]);

/** An OLE compound file's header followed by an HWP 5 `FileHeader` stream's signature. */
const hwp = () =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    Buffer.from("HWP Document File\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", "latin1"),
    Buffer.alloc(480),
  ]);
/** The same container without the HWP signature: an old Word .doc or Excel .xls. */
const ole = () =>
  Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1016)]);

/** The first bytes of a Linux executable: the ELF header, with its NUL padding. */
const elf = () =>
  Buffer.concat([
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
    Buffer.alloc(56),
    Buffer.from("code"),
  ]);
/** A Windows executable's DOS header. */
const exe = () =>
  Buffer.concat([Buffer.from("MZ"), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64)]);

const pdf = () =>
  Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const image = (format: "png" | "jpeg" | "webp") =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: "#0b4a8b" } })
    .toFormat(format)
    .toBuffer();

async function refusal(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    const { code, fields } = error as { code: string; fields?: { field: string; message: string }[] };
    return { code, fields };
  }
  throw new Error("expected a refusal");
}

describe("recognizing an attachment by its content", () => {
  it.each([
    ["a PDF", pdf, "scan.pdf", "pdf"],
    ["a Word document", docx, "견적서.docx", "docx"],
    ["an Excel workbook", xlsx, "prices.xlsx", "xlsx"],
    ["a PowerPoint deck", pptx, "deck.pptx", "pptx"],
    ["an HWPX document (stored mimetype)", () => hwpx(false), "계획서.hwpx", "hwpx"],
    ["an HWPX document (deflated mimetype)", () => hwpx(true), "계획서.hwpx", "hwpx"],
    ["an HWP 5 document", hwp, "사업계획서.hwp", "hwp"],
    ["UTF-8 text", () => Buffer.from("수출 서류 목록\nFDA registration\n"), "notes.txt", "txt"],
    ["CSV, by its name", () => Buffer.from("name,qty\n고추장,10\n"), "order.csv", "csv"],
  ] as const)("recognizes %s", async (_label, make, name, kind) => {
    expect(await detectKind(make(), name)).toBe(kind);
  });

  it.each(["png", "jpeg", "webp"] as const)("recognizes a %s image made by sharp", async (format) => {
    expect(await detectKind(await image(format), "photo")).toBe(format);
  });

  it("ignores the name and extension: a PDF named .exe is a PDF, a Word file named .pdf is Word", async () => {
    expect(await detectKind(pdf(), "setup.exe")).toBe("pdf");
    expect(await detectKind(docx(), "report.pdf")).toBe("docx");
  });

  it.each([
    ["an ELF binary named report.pdf", elf, "report.pdf"],
    ["a Windows executable named invoice.docx", exe, "invoice.docx"],
    ["an old Word .doc (OLE without the HWP signature) named .hwp", ole, "old.hwp"],
    ["an HWP 5 file not named .hwp", hwp, "plan.doc"],
    ["a plain ZIP archive", () => zip([{ name: "a.txt", data: "hello" }]), "files.zip"],
    [
      "a macro-enabled workbook named .xlsx",
      () =>
        zip([
          contentTypes,
          { name: "xl/workbook.xml", data: "<w/>" },
          { name: "xl/vbaProject.bin", data: "x" },
        ]),
      "prices.xlsx",
    ],
    [
      "bytes that start like a PNG but are not one",
      () =>
        Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]),
      "x.png",
    ],
    ["text with a NUL byte", () => Buffer.from("abc\0def"), "a.txt"],
    ["invalid UTF-8 (EUC-KR bytes)", () => Buffer.from([0xb0, 0xa1, 0xb3, 0xaa, 0x0a]), "a.txt"],
    ["a truncated ZIP", () => docx().subarray(0, 60), "a.docx"],
  ] as const)("refuses %s", async (_label, make, name) => {
    expect(await detectKind(make(), name)).toBeUndefined();
  });

  it("reads a ZIP's central directory", () => {
    expect(zipEntries(docx())?.map((e) => e.name)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "word/document.xml",
    ]);
    expect(zipEntries(Buffer.from("PK\x03\x04 not really"))).toBeUndefined();
  });
});

describe("checking a batch of attachments", () => {
  it("accepts good files and gives each its kind, content type, hash and a safe name", async () => {
    const [scan, sheet] = await checkAttachments([
      { name: "C:\\Users\\kim\\scan.pdf", bytes: pdf() },
      { name: "../../prices", bytes: xlsx() },
    ]);
    expect(scan).toMatchObject({ name: "scan.pdf", kind: "pdf", contentType: "application/pdf" });
    expect(scan!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sheet).toMatchObject({ name: "prices.xlsx", kind: "xlsx" });
  });

  it("refuses a file over 10 MB with 413, naming the file, in Korean too", async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x41);
    const { code, fields } = await refusal(checkAttachments([{ name: "huge.txt", bytes: big }]));
    expect(code).toBe("PAYLOAD_TOO_LARGE");
    expect(fields).toEqual([{ field: "attachments", message: "“huge.txt” must be at most 10 MB" }]);
    expect(localizeMessage(fields![0]!.message, "ko")).toBe("“huge.txt”: 10MB 이하여야 합니다");
  });

  it("accepts a file of exactly 10 MB", async () => {
    const [file] = await checkAttachments([{ name: "max.txt", bytes: Buffer.alloc(10 * 1024 * 1024, 0x41) }]);
    expect(file?.kind).toBe("txt");
  });

  it("refuses an executable named report.pdf with 415, listing what is accepted", async () => {
    const { code, fields } = await refusal(checkAttachments([{ name: "report.pdf", bytes: elf() }]));
    expect(code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(fields![0]!.field).toBe("attachments");
    expect(fields![0]!.message).toMatch(/^“report\.pdf” must be a PDF, an image \(PNG, JPEG, WebP\)/);
    expect(localizeMessage(fields![0]!.message, "ko")).toContain(
      "“report.pdf”: PDF, 이미지(PNG, JPEG, WebP)",
    );
  });

  it("refuses more than 5 files, and empty files", async () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.txt`, bytes: Buffer.from("x") }));
    expect(await refusal(checkAttachments(six))).toEqual({
      code: "VALIDATION_FAILED",
      fields: [{ field: "attachments", message: "must be at most 5 files" }],
    });
    expect(await refusal(checkAttachments([{ name: "empty.pdf", bytes: Buffer.alloc(0) }]))).toEqual({
      code: "VALIDATION_FAILED",
      fields: [{ field: "attachments", message: "“empty.pdf” must not be empty" }],
    });
  });

  it("names every bad file of a batch, with the most serious status", async () => {
    const { code, fields } = await refusal(
      checkAttachments([
        { name: "ok.pdf", bytes: pdf() },
        { name: "virus.pdf", bytes: exe() },
        { name: "big.txt", bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 0x41) },
      ]),
    );
    expect(code).toBe("PAYLOAD_TOO_LARGE");
    expect(fields!.map((f) => f.message.split("”")[0])).toEqual(["“virus.pdf", "“big.txt"]);
  });
});

describe("the name a file is kept under", () => {
  it("drops folders, control and bidi characters and leading dots", () => {
    expect(safeFileName("/etc/passwd", "txt")).toBe("passwd.txt");
    expect(safeFileName("report\u202Efdp.exe", "pdf")).toBe("reportfdp.exe.pdf");
    expect(safeFileName("..\\..\\.hidden.csv", "csv")).toBe("hidden.csv");
    expect(safeFileName("a\u0000b\nc.pdf", "pdf")).toBe("abc.pdf");
    expect(safeFileName("", "png")).toBe("attachment.png");
  });

  it("ends in an extension of its kind, so text named run.bat downloads as run.bat.txt", () => {
    expect(safeFileName("run.bat", "txt")).toBe("run.bat.txt");
    expect(safeFileName("photo.JPG", "jpeg")).toBe("photo.JPG");
    expect(safeFileName("photo.jpeg", "png")).toBe("photo.jpeg.png");
  });

  it("composes Korean names (macOS sends them decomposed) and keeps at most 200 characters", () => {
    const decomposed = "사업계획서.hwp".normalize("NFD");
    expect(safeFileName(decomposed, "hwp")).toBe("사업계획서.hwp");
    const long = safeFileName(`${"가".repeat(300)}.pdf`, "pdf");
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith("가.pdf")).toBe(true);
  });
});
