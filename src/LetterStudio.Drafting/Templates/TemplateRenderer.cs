using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LetterStudio.Drafting.Templates;

/// <summary>
/// Renders an occasion template with ASP.NET Core's HtmlRenderer, outside any web request, and turns the HTML
/// into the prompt's two parts: instructions (the system message) and quoted data (the user message).
/// </summary>
public sealed class TemplateRenderer : IAsyncDisposable
{
    // Templates take everything from their parameters; an empty container keeps rendering independent of
    // whatever scope (a request, a CLI command) asks for a prompt.
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly HtmlRenderer _renderer;

    public TemplateRenderer(ILoggerFactory? loggerFactory = null) =>
        _renderer = new HtmlRenderer(_services, loggerFactory ?? NullLoggerFactory.Instance);

    public async Task<RenderedPrompt> RenderAsync(LetterPromptModel model)
    {
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(OccasionTemplate.Model)] = model });
        var html = await _renderer.Dispatcher.InvokeAsync(async () =>
            (await _renderer.RenderComponentAsync(model.Template.Component, parameters)).ToHtmlString());
        return PromptText.FromHtml(html, model.Template.FileName);
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
