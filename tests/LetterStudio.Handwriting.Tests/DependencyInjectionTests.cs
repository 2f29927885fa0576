using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LetterStudio.Handwriting.Tests;

public class DependencyInjectionTests
{
    [Test]
    public void AddHandwriting_registers_one_shared_renderer_over_the_bundled_fonts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddHandwriting();
        using var host = builder.Build();

        var renderer = host.Services.GetRequiredService<HandwritingRenderer>();
        Assert.That(host.Services.GetRequiredService<HandwritingRenderer>(), Is.SameAs(renderer));
        Assert.That(renderer.Fonts, Is.SameAs(host.Services.GetRequiredService<FontLibrary>()));
        Assert.That(renderer.Fonts.Directory, Is.EqualTo(Path.GetFullPath(FontLibrary.DefaultDirectory)));
    }

    [Test]
    public void The_fonts_path_comes_from_the_handwriting_section()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"{HandwritingOptions.SectionName}:FontsPath"] = TestFonts.Directory;
        builder.Services.AddHandwriting();
        using var host = builder.Build();

        Assert.That(host.Services.GetRequiredService<IOptions<HandwritingOptions>>().Value.FontsPath, Is.EqualTo(TestFonts.Directory));
    }

    [Test]
    public async Task A_fonts_path_without_a_manifest_stops_the_app_at_start()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"{HandwritingOptions.SectionName}:FontsPath"] = Path.GetTempPath();
        builder.Services.AddHandwriting();
        using var host = builder.Build();

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.That(error!.Message, Does.Contain("FontsPath"));
        await host.StopAsync();
    }
}
