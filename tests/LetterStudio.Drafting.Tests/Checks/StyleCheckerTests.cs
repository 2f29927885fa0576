using LetterStudio.Domain.Styles;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Models.Offline;
using LetterStudio.Drafting.Templates;
using LetterStudio.Drafting.Tests.Support;

namespace LetterStudio.Drafting.Tests.Checks;

public sealed class StyleCheckerTests
{
    private const string Umbrella = "We met in the rain outside the Roman Baths; he lent me his umbrella and walked me home.";
    private TemplateRenderer renderer = null!;
    private LetterPromptModel model = null!;
    private RenderedPrompt prompt = null!;
    private string good = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        renderer = new TemplateRenderer();
        model = TestModels.Model(anecdotes: [TestModels.Anecdote(1, Umbrella, "16 October 2004", pinned: true)]);
        prompt = await renderer.RenderAsync(model);
        good = OfflineComposer.Compose(model, 0).ToText();
    }

    [OneTimeTearDown]
    public async Task Stop() => await renderer.DisposeAsync();

    private StyleReport Check(string text, LetterPromptModel? with = null) => StyleChecker.Check(text, with ?? model, prompt.Instructions);

    private static StyleFinding Only(StyleReport report, string rule)
    {
        Assert.That(report.Findings.Select(f => f.Rule), Does.Contain(rule), string.Join("\n", report.Findings));
        return report.Findings.First(f => f.Rule == rule);
    }

    [Test]
    public void A_letter_in_the_clients_frame_and_voice_has_no_findings()
    {
        var report = Check(good);

        Assert.That(report.Findings, Is.Empty, good);
        Assert.That(report.Passed, Is.True);
        Assert.That(report.Measures.Words, Is.InRange(120, 450));
    }

    [Test]
    public void A_wrong_salutation_is_an_error_on_the_first_line()
    {
        var finding = Only(Check("Hi there,\n" + good[(good.IndexOf('\n') + 1)..]), StyleRules.Salutation);

        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(finding.Where, Is.EqualTo(new TextLocation(0, 9, 1, 1)));
        // The pet name "Jamie love" is not pasted after "My dearest": the expected greeting uses the name.
        Assert.That(finding.Message, Does.Contain("\"My dearest Jamie,\""));
    }

    [Test]
    public void The_salutation_may_use_the_name_the_client_calls_the_recipient_instead_of_the_pet_name()
    {
        var report = Check(good.Replace("My dearest Jamie love,", "My dearest Jamie,"));

        Assert.That(report.Findings.Select(f => f.Rule), Does.Not.Contain(StyleRules.Salutation));
    }

    [Test]
    public void A_different_sign_off_and_a_missing_signature_are_both_named()
    {
        var text = good.Replace("All my love,\nEllie", "Best wishes,");

        var report = Check(text);

        Assert.That(Only(report, StyleRules.SignOff).Message, Does.Contain("should be \"All my love,\""));
        Assert.That(Only(report, StyleRules.Signature).Message, Does.Contain("should be signed \"Ellie\", not \"Best wishes,\""));
    }

    [Test]
    public void An_avoided_word_is_found_with_its_line_and_column()
    {
        var text = good.Insert(good.IndexOf("\n\n", StringComparison.Ordinal) + 2, "It was awesome. ");

        var finding = Only(Check(text), StyleRules.AvoidedPhrase);

        var offset = text.IndexOf("awesome", StringComparison.Ordinal);
        Assert.That(finding.Where, Is.EqualTo(new TextLocation(offset, 7, 3, 8)));
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
    }

    [Test]
    public void An_avoided_word_inside_another_word_is_not_flagged()
    {
        var avoidsHey = TestModels.Model(anecdotes: model.Anecdotes, profile: TestModels.Profile(avoid: ["hey"]));

        var report = Check(good.Replace("Do you remember", "They said so. Do you remember"), avoidsHey);

        Assert.That(report.Findings.Select(f => f.Rule), Does.Not.Contain(StyleRules.AvoidedPhrase));
    }

    [Test]
    public void A_pinned_anecdote_missing_from_the_letter_is_an_error()
    {
        var paragraphs = good.Split("\n\n").Where(p => !p.Contains("umbrella")).ToArray();

        var finding = Only(Check(string.Join("\n\n", paragraphs)), StyleRules.PinnedAnecdote);

        Assert.That(finding.Message, Does.Contain("Pinned anecdote 1 (\"We met in the rain outside the Roman Bat…\")"));
    }

    [Test]
    public void A_retold_pinned_anecdote_counts_as_present()
    {
        Assert.That(good, Does.Contain("you lent me your umbrella"));
        Assert.That(Check(good).Findings.Select(f => f.Rule), Does.Not.Contain(StyleRules.PinnedAnecdote));
    }

    [TestCase("{name}")]
    [TestCase("{{ recipient }}")]
    [TestCase("[NAME]")]
    [TestCase("[insert memory here]")]
    [TestCase("@Model.Brief")]
    [TestCase("<p>")]
    [TestCase("TODO")]
    [TestCase("\\u0027")]
    public void Leftover_placeholders_and_template_syntax_are_errors(string leftover)
    {
        var text = good.Replace("Do you remember", $"Dear {leftover}, do you remember");

        var finding = Only(Check(text), StyleRules.Placeholder);

        Assert.That(finding.Where.Offset, Is.EqualTo(text.IndexOf(leftover, StringComparison.Ordinal)));
    }

    [Test]
    public void Kisses_and_ordinary_brackets_are_not_placeholders()
    {
        var report = Check(good.Replace("All my love,", "All my love (always),\nxxx\n").Replace("\nxxx\n\nEllie", " xxx\nEllie"));

        Assert.That(report.Findings.Select(f => f.Rule), Does.Not.Contain(StyleRules.Placeholder));
    }

    [TestCase("As an AI language model, I cannot feel love.")]
    [TestCase("<<<DATA")]
    [TestCase("Here is the letter you asked for.")]
    public void Instruction_text_in_the_letter_is_a_leak(string leak)
    {
        var finding = Only(Check(good.Replace("Do you remember", leak + " Do you remember")), StyleRules.InstructionLeak);

        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
    }

    [Test]
    public void Eight_words_copied_from_the_instructions_are_a_leak()
    {
        var text = good.Replace("Do you remember", "Invent no facts, names, dates or events beyond the data. Do you remember");

        var finding = Only(Check(text), StyleRules.InstructionLeak);

        Assert.That(text.Substring(finding.Where.Offset, finding.Where.Length), Is.EqualTo("Invent no facts, names, dates or events beyond"));
    }

    [Test]
    public void A_letter_outside_the_templates_length_range_is_a_warning()
    {
        var finding = Only(Check("My dearest Jamie love,\n\nHappy anniversary. I love you.\n\nAll my love,\nEllie"), StyleRules.Length);

        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(finding.Message, Does.Contain("has 13 words; a anniversary letter has 120 to 450"));
    }

    [Test]
    public void Long_sentences_for_a_client_who_writes_short_ones_are_a_warning_pointing_at_the_longest()
    {
        var terse = TestModels.Model(anecdotes: model.Anecdotes, profile: TestModels.Profile(length: SentenceLength.Short));
        var composedLong = OfflineComposer.Compose(TestModels.Model(anecdotes: model.Anecdotes, profile: TestModels.Profile(length: SentenceLength.Long)), 0).ToText();

        var finding = Only(Check(composedLong, terse), StyleRules.SentenceLength);

        Assert.That(finding.Message, Does.Contain("the client writes short ones"));
        Assert.That(finding.Where.Length, Is.GreaterThan(100));
    }

    [Test]
    public void Casual_writing_for_a_very_formal_client_is_a_formality_warning()
    {
        var formal = TestModels.Model(anecdotes: model.Anecdotes, profile: TestModels.Profile(formality: 5));
        var casual = OfflineComposer.Compose(TestModels.Model(anecdotes: model.Anecdotes, profile: TestModels.Profile(formality: 1)), 0).ToText();

        var finding = Only(Check(casual, formal), StyleRules.Formality);

        Assert.That(finding.Message, Does.Match(@"reads at formality [12](\.\d)? of 5; the client writes at 5"));
        Assert.That(Check(OfflineComposer.Compose(formal, 0).ToText(), formal).Findings, Is.Empty);
    }

    [Test]
    public void The_report_round_trips_through_the_json_stored_on_the_revision()
    {
        var report = Check(good.Replace("Do you remember", "It was awesome. Do you remember"));

        var back = StyleReport.FromJson(report.ToJson());

        Assert.That(back.Findings, Is.EqualTo(report.Findings));
        Assert.That(back.Measures, Is.EqualTo(report.Measures));
        Assert.That(report.ToJson(), Does.Contain("\"rule\":\"avoided-phrase\"").And.Contain("\"severity\":\"Error\""));
    }
}
