using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace InspectionSuite.Documents;

/// <summary>
/// Renders an <see cref="OfficialDocumentModel"/> as .docx following Nghị định 30/2020/NĐ-CP
/// (Phụ lục I): A4, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 14 pt body; the header table
/// wide enough for the quốc hiệu (13 pt) and the tiêu ngữ (14 pt) on one line each; a short rule under the issuing
/// body, the tiêu ngữ and the trích yếu; page numbers from page 2 centred in the page header (Phụ lục I, mục II.10).
/// Values go into w:t elements only, so any markup in them stays literal text.
/// </summary>
public sealed class DocxOfficialDocumentWriter
{
    // Page geometry in twentieths of a point (1 mm ≈ 56.7 twips).
    private const int PageWidth = 11906, PageHeight = 16838;
    private const int MarginTop = 1134, MarginBottom = 1134, MarginLeft = 1701, MarginRight = 850;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;
    // The quốc hiệu at 13 pt bold is about 5 900 twips wide in Times New Roman: the right column takes what it
    // needs and the table reaches into the right margin a little (it is 15 mm), as the decree's own samples do.
    private const int HeaderLeftWidth = 3500, HeaderRightWidth = 6300;
    // The tiêu ngữ at 14 pt bold is about 3 900 twips wide: the rule under it is that long (Phụ lục I, mục II.3.b).
    private const int MottoRuleIndent = (HeaderRightWidth - 3960) / 2;
    private const int FirstLineIndent = 567;

    // Font sizes in half-points.
    private const int BodySize = 28, HeaderSize = 26, RecipientsLabelSize = 24, RecipientsSize = 22, TableSize = 24;

    public const string FontName = "Times New Roman";

    public byte[] Write(OfficialDocumentModel model)
    {
        using var ms = new MemoryStream();
        Write(model, ms);
        return ms.ToArray();
    }

    public void Write(OfficialDocumentModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        using (var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            var (firstHeaderId, pageHeaderId) = AddPageHeaders(main);
            var body = new Body();
            main.Document = new Document(body);

            if (model.Mark.Length > 0) body.Append(MarkParagraph(model.Mark));
            body.Append(HeaderTable(model));
            if (IsLetter(model))
            {
                // A công văn has no title: its "V/v …" sits under the number (in the header table) and the text starts at once.
                body.Append(Para("", JustificationValues.Center, size: BodySize, spaceBefore: 120, after: 0));
            }
            else
            {
                body.Append(Para(model.Title.Length > 0 ? OfficialText.Upper(model.Title) : "", JustificationValues.Center,
                    bold: true, size: BodySize, spaceBefore: 360, after: 0));
                if (model.Abstract.Length > 0)
                    foreach (var line in Lines(model.Abstract))
                        body.Append(Para(line, JustificationValues.Center, bold: true, size: BodySize, after: 0));
                body.Append(ShortRule(TextWidth / 3));
            }
            if (model.Authority.Length > 0)
                body.Append(Para(OfficialText.Upper(model.Authority), JustificationValues.Center, bold: true, size: BodySize, spaceBefore: 240));

            AppendLegalBases(body, model);

            if (model.BodyIntro.Length > 0)
                body.Append(Para(model.BodyIntro, JustificationValues.Center, bold: true, spaceBefore: 120));

            foreach (var section in model.Sections)
            {
                if (section.Heading.Length > 0)
                    body.Append(Para(section.Heading, JustificationValues.Both, bold: true, indent: true, spaceBefore: 120));
                foreach (var block in section.Blocks)
                    AppendBlock(body, block);
            }

            // The signature block never splits from its position and authority lines, and takes the last body
            // paragraph with it to the next page: a page holding only a name is what a records office returns.
            if (body.Elements<Paragraph>().LastOrDefault(p => p.InnerText.Length > 0) is { } lastText)
                lastText.ParagraphProperties?.InsertAt(new KeepNext(), 0);
            body.Append(ClosingTable(model, cantSplit: true));
            body.Append(SectionProperties(firstHeaderId, pageHeaderId));
            main.Document.Save();
        }
    }

    /// <summary>
    /// The căn cứ and the lines after them ("Xét đề nghị của ..."), italic: each ends with ";" and the last with "."
    /// (one place for this rule, whatever the template or the legal-basis data wrote); a line ending with ":" (the
    /// opening of a notice) keeps it.
    /// </summary>
    private static void AppendLegalBases(Body body, OfficialDocumentModel model)
    {
        var lines = model.LegalBases.Concat(model.Considerations).SelectMany(Lines).ToList();
        for (var i = 0; i < lines.Count; i++)
            body.Append(Para(OfficialText.LegalBasisLine(lines[i], last: i == lines.Count - 1), JustificationValues.Both,
                italic: true, indent: true, spaceBefore: i == 0 ? 240 : 0));
    }

    private static void AppendBlock(Body body, DocumentBlock block)
    {
        switch (block)
        {
            case DocumentParagraph p:
                foreach (var line in Lines(p.Text))
                    body.Append(Para(line, p.Centered ? JustificationValues.Center : JustificationValues.Both,
                        bold: p.Bold, italic: p.Italic, indent: !p.Centered));
                break;
            case DocumentArticle a:
                var lines = Lines(a.Text).ToList();
                var head = new Paragraph(ParaProps(JustificationValues.Both, indent: true, spaceBefore: 0),
                    MakeRun(a.Label + (lines.Count > 0 && lines[0].Length > 0 ? " " : ""), bold: true, italic: false, size: BodySize));
                if (lines.Count > 0) head.Append(MakeRun(lines[0], bold: false, italic: false, size: BodySize));
                body.Append(head);
                foreach (var line in lines.Skip(1))
                    body.Append(Para(line, JustificationValues.Both, indent: true));
                break;
            case DocumentTable t:
                body.Append(BodyTable(t));
                body.Append(Para("", JustificationValues.Left));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown document block.");
        }
    }

    private static Table HeaderTable(OfficialDocumentModel m)
    {
        var left = new List<Paragraph>();
        if (m.IssuingParentBody.Length > 0)
            left.AddRange(Lines(OfficialText.Upper(m.IssuingParentBody)).Select(l => Para(l, JustificationValues.Center, size: HeaderSize, after: 0)));
        var bodyLines = Lines(OfficialText.Upper(m.IssuingBody)).ToList();
        foreach (var line in bodyLines)
            left.Add(Para(line, JustificationValues.Center, bold: true, size: HeaderSize, after: 0));
        // The rule under the issuing body: a third to a half of the line, centred (Phụ lục I, mục II.3.a).
        left.Add(RuleParagraph((HeaderLeftWidth - 1300) / 2));

        var right = new List<Paragraph>
        {
            Para(NationalTitle, JustificationValues.Center, bold: true, size: HeaderSize, after: 0),
            Para(Motto, JustificationValues.Center, bold: true, size: BodySize, after: 0),
            RuleParagraph(MottoRuleIndent),
        };

        var numberLine = new List<Paragraph>
        {
            Para("Số: " + (m.NumberAndSymbol.Length > 0 ? m.NumberAndSymbol : "      "), JustificationValues.Center, size: HeaderSize, spaceBefore: 120, after: 0),
        };
        // Công văn (Phụ lục I, mục II.5.b): the trích yếu "V/v …" under the number, upright, 12 pt.
        if (IsLetter(m))
            numberLine.AddRange(Lines(m.Abstract).Select(l => Para(l, JustificationValues.Center, size: LetterAbstractSize, after: 0)));
        var dateLine = new List<Paragraph>
        {
            Para(OfficialText.PlaceAndDate(m.Place, m.Date), JustificationValues.Center, italic: true, size: BodySize, spaceBefore: 120, after: 0),
        };

        return BorderlessTable([HeaderLeftWidth, HeaderRightWidth], [[left, right], [numberLine, dateLine]], noCellMargins: true);
    }

    /// <summary>A công văn: no title (tên loại), a "V/v …" trích yếu.</summary>
    public static bool IsLetter(OfficialDocumentModel m) => m.Title.Trim().Length == 0 && m.Abstract.StartsWith("V/v", StringComparison.Ordinal);

    private const int LetterAbstractSize = 24; // half-points: 12 pt

    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>"DỰ THẢO" / "ĐÃ HỦY" in a box at the top right, above the header.</summary>
    private static Paragraph MarkParagraph(string mark)
    {
        BorderType Line<TBorder>() where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 6, Space = 2, Color = "000000" };
        var props = new ParagraphProperties(
            new ParagraphBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>()),
            new SpacingBetweenLines { Before = "0", After = "120" },
            new Indentation { Left = (TextWidth - 2600).ToString(), Right = "0" },
            new Justification { Val = JustificationValues.Center });
        return new Paragraph(props, MakeRun(OfficialText.Upper(mark), bold: true, italic: false, size: HeaderSize));
    }

    /// <summary>A short centred rule (an empty paragraph with a bottom border) of the given length, e.g. under the trích yếu.</summary>
    private static Paragraph ShortRule(int length) => RuleParagraph((TextWidth - length) / 2);

    /// <summary>
    /// A rule as an empty 6 pt paragraph with a bottom border, indented on both sides: it never narrows the text above
    /// it (a border on the text's own paragraph would make "THANH TRA TỈNH" wrap).
    /// </summary>
    private static Paragraph RuleParagraph(int indentEachSide)
    {
        var indent = indentEachSide.ToString();
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = "120", Line = "120", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indent, Right = indent },
            new Justification { Val = JustificationValues.Center }));
    }

    private static Table ClosingTable(OfficialDocumentModel m, bool cantSplit)
    {
        var left = new List<Paragraph>();
        if (m.CounterSignature is { } counter) left.AddRange(SignatureParagraphs(counter));
        if (m.Recipients.Count > 0)
        {
            left.Add(Para("Nơi nhận:", JustificationValues.Left, bold: true, italic: true, size: RecipientsLabelSize, after: 0));
            foreach (var r in m.Recipients)
                foreach (var line in Lines(r))
                    left.Add(Para("- " + OfficialText.CapitalizeFirst(line), JustificationValues.Left, size: RecipientsSize, after: 0));
        }
        if (left.Count == 0) left.Add(Para("", JustificationValues.Left));

        return BorderlessTable([TextWidth / 2, TextWidth - TextWidth / 2], [[left, SignatureParagraphs(m.Signature)]], cantSplit: cantSplit);
    }

    private static List<Paragraph> SignatureParagraphs(SignatureBlock s)
    {
        var result = new List<Paragraph>();
        foreach (var line in Lines(s.AuthorityPrefix))
            result.Add(Para(OfficialText.Upper(line), JustificationValues.Center, bold: true, after: 0));
        foreach (var line in Lines(s.Position))
            result.Add(Para(OfficialText.Upper(line), JustificationValues.Center, bold: true, after: 0));
        // Room for the signature and the seal.
        for (var i = 0; i < 4; i++) result.Add(Para("", JustificationValues.Center, after: 0));
        result.Add(Para(s.SignerName, JustificationValues.Center, bold: true, after: 120));
        return result;
    }

    private static Table BorderlessTable(int[] widths, List<Paragraph>[][] rows, bool noCellMargins = false, bool cantSplit = false)
    {
        var width = widths.Sum();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Nil },
                    new LeftBorder { Val = BorderValues.Nil },
                    new BottomBorder { Val = BorderValues.Nil },
                    new RightBorder { Val = BorderValues.Nil },
                    new InsideHorizontalBorder { Val = BorderValues.Nil },
                    new InsideVerticalBorder { Val = BorderValues.Nil }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = (short)(noCellMargins ? 0 : 108), Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = (short)(noCellMargins ? 0 : 108), Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            if (cantSplit) tr.Append(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < row.Length; i++)
            {
                var tc = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(), Type = TableWidthUnitValues.Dxa }));
                tc.Append(row[i]);
                tr.Append(tc);
            }
            table.Append(tr);
        }
        return table;
    }

    private static Table BodyTable(DocumentTable t)
    {
        var columns = Math.Max(1, Math.Max(t.Header.Count, t.Rows.Count == 0 ? 0 : t.Rows.Max(r => r.Count)));
        var width = TextWidth / columns;
        BorderType Single<TBorder>() where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" };
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    Single<TopBorder>(), Single<LeftBorder>(), Single<BottomBorder>(), Single<RightBorder>(),
                    Single<InsideHorizontalBorder>(), Single<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString() })));

        TableRow Row(IReadOnlyList<string> cells, bool header)
        {
            var tr = new TableRow();
            if (header) tr.Append(new TableRowProperties(new TableHeader()));
            for (var i = 0; i < columns; i++)
            {
                var text = i < cells.Count ? cells[i] : "";
                var tc = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }));
                foreach (var line in Lines(text))
                    tc.Append(Para(line, header ? JustificationValues.Center : JustificationValues.Left, bold: header, size: TableSize, after: 0));
                tr.Append(tc);
            }
            return tr;
        }

        if (t.Header.Count > 0) table.Append(Row(t.Header, header: true));
        foreach (var r in t.Rows) table.Append(Row(r, header: false));
        return table;
    }

    private static Paragraph Para(string text, JustificationValues justification, bool bold = false, bool italic = false,
        bool underline = false, int size = BodySize, bool indent = false, int spaceBefore = 0, int after = 120)
    {
        var p = new Paragraph(ParaProps(justification, indent, spaceBefore, after));
        if (text.Length > 0) p.Append(MakeRun(text, bold, italic, size, underline));
        return p;
    }

    private static ParagraphProperties ParaProps(JustificationValues justification, bool indent, int spaceBefore, int after = 120)
    {
        var props = new ParagraphProperties();
        props.Append(new SpacingBetweenLines { Before = spaceBefore.ToString(), After = after.ToString(), Line = "264", LineRule = LineSpacingRuleValues.Auto });
        if (indent)
            props.Append(new Indentation { FirstLine = FirstLineIndent.ToString() });
        props.Append(new Justification { Val = justification });
        return props;
    }

    private static Run MakeRun(string text, bool bold, bool italic, int size, bool underline = false)
    {
        var props = new RunProperties();
        if (bold) { props.Append(new Bold()); props.Append(new BoldComplexScript()); }
        if (italic) { props.Append(new Italic()); props.Append(new ItalicComplexScript()); }
        props.Append(new FontSize { Val = size.ToString() });
        props.Append(new FontSizeComplexScript { Val = size.ToString() });
        if (underline) props.Append(new Underline { Val = UnderlineValues.Single });
        return new Run(props, new Text(OfficialText.XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static IEnumerable<string> Lines(string text)
        => text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);

    /// <summary>Page numbers from page 2, centred in the page header, 13 pt (Phụ lục I, mục II.10); page 1 has an empty header.</summary>
    private static (string First, string Default) AddPageHeaders(MainDocumentPart main)
    {
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
        first.Header.Save();
        var numbered = main.AddNewPart<HeaderPart>();
        RunProperties Size() => new(new FontSize { Val = HeaderSize.ToString() }, new FontSizeComplexScript { Val = HeaderSize.ToString() });
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
            new Run(Size(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(Size(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Size(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(Size(), new Text("2")),
            new Run(Size(), new FieldChar { FieldCharType = FieldCharValues.End })));
        numbered.Header.Save();
        return (main.GetIdOfPart(first), main.GetIdOfPart(numbered));
    }

    private static SectionProperties SectionProperties(string firstHeaderId, string pageHeaderId) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = pageHeaderId },
        new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId },
        new PageSize { Width = (UInt32Value)(uint)PageWidth, Height = (UInt32Value)(uint)PageHeight },
        new PageMargin
        {
            Top = MarginTop, Bottom = MarginBottom,
            Left = (UInt32Value)(uint)MarginLeft, Right = (UInt32Value)(uint)MarginRight,
            Header = 567, Footer = 567, Gutter = 0,
        },
        new TitlePage());

    private static void AddStyles(MainDocumentPart main)
    {
        var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
        stylesPart.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                    new FontSize { Val = BodySize.ToString() },
                    new FontSizeComplexScript { Val = BodySize.ToString() },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
            });
        stylesPart.Styles.Save();
    }
}
