namespace FactCheck.Extraction.Text;

/// <summary>A sentence of a document's cleaned text: its span there, its text, and its paragraph's number.</summary>
internal sealed record Sentence(int Start, int End, string Text, int Paragraph);
