using LetterStudio.Application.Letters;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Web.Features.Desk;

/// <summary>What the desk shows about the order it is working on.</summary>
public sealed record DeskHeader(string Reference, string Occasion, string Recipient, OrderStatus Status, DateOnly Due, bool WantsProof,
    string? AssignedWriter, string TemplateFile, int MinWords, int MaxWords, DeskChangeRequest? Changes = null, bool IsTest = false);

/// <summary>The latest "please change" on a proof: who asked (the customer, or a writer taking it back), when, and what.</summary>
public sealed record DeskChangeRequest(string Actor, DateTimeOffset At, string Comment);

/// <summary>An anecdote as the ranking placed it for this letter.</summary>
public sealed record DeskAnecdote(int Id, string? When, string Text, bool Pinned, bool Chosen, bool Included, string? Reason);

/// <summary>One line of the letter's history.</summary>
public sealed record DeskRevision(int Number, string Source, string? Model, string Author, DateTimeOffset At, string? Note, string Text);

/// <summary>
/// The handwriting preview of the editor's text: the pages as PNG data URLs, the robot tells of the PDF approval would
/// store, why there is no preview (text the hand cannot write), and the paragraphs the redraft buttons offer.
/// </summary>
public sealed record DeskPreview(IReadOnlyList<string> Pages, LetterStudio.Inspection.InspectionReport? Tells, string? Error, int ParagraphCount)
{
    public static DeskPreview None { get; } = new([], null, null, 0);
}

/// <summary>Another writer's revision saved while this one was editing: its text, who saved it, and its number.</summary>
public sealed record DeskConflict(string Text, string Who, int Revision);

/// <summary>The look controls' values, bound to the form; <see cref="ToLook"/> validates them.</summary>
public sealed class DeskLookInput
{
    public string FontId { get; set; } = "";
    public float FontSize { get; set; }
    public string Ink { get; set; } = "#1B2A4A";
    public PaperSize Paper { get; set; }
    public Stationery Stationery { get; set; }
    /// <summary>0 (clean type) to 3 (a hurried hand); the tells report shows what each level costs.</summary>
    public int Realism { get; set; } = 2;
    /// <summary>The signature's hand; empty for the body hand's own signature hand.</summary>
    public string SignatureFontId { get; set; } = "";
    public bool SignatureUnderline { get; set; }

    public static DeskLookInput From(DeskLook look) => new() { FontId = look.FontId, FontSize = look.FontSize, Ink = look.Ink, Paper = look.Paper, Stationery = look.Stationery,
        Realism = look.Realism, SignatureFontId = look.SignatureFontId ?? "", SignatureUnderline = look.SignatureUnderline };

    public DeskLook ToLook() => new(FontId, FontSize, Ink, Paper, Stationery, Math.Clamp(Realism, 0, 3),
        string.IsNullOrWhiteSpace(SignatureFontId) ? null : SignatureFontId, SignatureUnderline);
}
