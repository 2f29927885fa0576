using LetterStudio.Drafting.Setup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LetterStudio.Drafting.Tests.Setup;

public sealed class DraftingOptionsTests
{
    private static DraftingOptions Resolve(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddDrafting();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DraftingOptions>>().Value;
    }

    [Test]
    public void The_defaults_point_at_openai_with_no_key()
    {
        var options = Resolve([]);

        Assert.That(options.OpenAI.BaseUrl, Is.EqualTo(new Uri("https://api.openai.com/v1")));
        Assert.That(options.OpenAI.Model, Is.EqualTo("gpt-4o-mini"));
        Assert.That(options.PromptTokenBudget, Is.EqualTo(6_000));
        Assert.That(options.OpenAI.CritiqueAndRevise, Is.True, "the critique-and-revise pass is on unless turned off");
        Assert.That(options.OpenAI.CritiqueMaxOutputTokens, Is.EqualTo(600));
    }

    [Test]
    public void The_api_key_may_come_from_OPENAI_API_KEY()
    {
        Assert.That(Resolve(new() { ["OPENAI_API_KEY"] = "sk-from-env" }).OpenAI.ApiKey, Is.EqualTo("sk-from-env"));
        Assert.That(Resolve(new() { ["OPENAI_API_KEY"] = "sk-from-env", ["Drafting:OpenAI:ApiKey"] = "sk-own" }).OpenAI.ApiKey, Is.EqualTo("sk-own"));
    }

    [TestCase("Drafting:OpenAI:BaseUrl", "ftp://models.example.com", "Drafting:OpenAI:BaseUrl must be an absolute http(s) URL.")]
    [TestCase("Drafting:OpenAI:Timeout", "00:00:00", "Timeout")]
    [TestCase("Drafting:OpenAI:MaxRetries", "99", "MaxRetries")]
    [TestCase("Drafting:PromptTokenBudget", "10", "PromptTokenBudget")]
    [TestCase("Drafting:OpenAI:Model", "", "Model")]
    [TestCase("Drafting:OpenAI:CritiqueMaxOutputTokens", "20", "CritiqueMaxOutputTokens")]
    public void A_bad_setting_is_refused_naming_it(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        Assert.That(string.Join(" ", error!.Failures), Does.Contain(named));
    }
}
