namespace LetterStudio.Drafting.Tests.Evaluation;

/// <summary>A memory in an evaluation order: its text and when; <see cref="Picked"/> when the customer chose it for the order.</summary>
public sealed record EvalMemory(string Text, string? When, string[] Tags, bool Picked = true);

/// <summary>
/// One realistic order of the evaluation set, with what its letter must and must not say as its recipient would read it.
/// <see cref="VoiceSamples"/> are the client's own writing, added before drafting; <see cref="Voice"/> is how the client writes to this recipient.
/// <see cref="Recipient"/> is added to the demo customer's address book (name, what they are called, relationship).
/// </summary>
public sealed record EvaluationOrder(
    string Name, string Customer, (string Name, string CalledBy, string Relationship) Recipient, string Occasion, string Brief, string? Avoid,
    EvalMemory[] Memories, string Salutation, string SignOff, string[] Must, string[] MustNot,
    string[]? VoiceSamples = null, LetterStudio.Domain.Customers.RecipientVoice? Voice = null)
{
    public override string ToString() => Name;
}
