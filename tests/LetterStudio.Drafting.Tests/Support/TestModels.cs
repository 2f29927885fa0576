using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Styles;
using LetterStudio.Drafting.Templates;

namespace LetterStudio.Drafting.Tests.Support;

/// <summary>Prompt models built by hand, for tests of templates, ranking and checks that need no database.</summary>
public static class TestModels
{
    public static readonly TemplateCatalog Catalog = new();

    public static StyleProfile Profile(int formality = 3, SentenceLength length = SentenceLength.Medium, string[]? avoid = null,
        string salutation = "My dearest {name},", string signOff = "All my love,", string signature = "Ellie") =>
        StyleProfile.Create(1, new StyleProfileDraft("Warm and a little old-fashioned.", formality, 4, Humour.Gentle, length,
            ["darling"], avoid ?? ["awesome"], [new PetName(7, "Jamie love")], salutation, signOff, signature, LetterLook.Default), "test", DateTimeOffset.UtcNow);

    public static LetterPromptModel Model(string occasion = "anniversary", IEnumerable<PromptAnecdote>? anecdotes = null, StyleProfile? profile = null,
        string brief = "Our twentieth anniversary.", IEnumerable<PastLetter>? past = null) =>
        new(Catalog.Get(occasion), "Eleanor Whitfield", "James Whitfield", "Jamie", "husband", "Jamie love", profile ?? Profile(),
            [.. anecdotes ?? []], brief, null, [.. past ?? []]);

    public static PromptAnecdote Anecdote(int id, string text, string? when = "summer 2006", bool pinned = false) => new(id, text, when, ["memory"], pinned);

    public static Anecdote Stored(int customerId, int? recipientId, string text, string[] tags, DateOnly? on = null, string? when = null) =>
        new(customerId, recipientId, text, on, when, tags, AnecdoteAuthor.Customer, "customer@example.com", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
