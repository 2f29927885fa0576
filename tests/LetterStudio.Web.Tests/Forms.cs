using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace LetterStudio.Web.Tests;

/// <summary>
/// Fills in and submits a page's form the way a browser does: every field's current value (hidden ones and
/// the antiforgery token included), the changes a test makes, and the button pressed.
/// </summary>
public static class Forms
{
    public static async Task<IDocument> ParseAsync(string html) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));

    public static async Task<IDocument> GetAsync(HttpClient client, string url) => await ParseAsync(await client.GetStringAsync(url));

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formName,
        IDictionary<string, string>? changes = null, (string Name, string Value)? button = null)
    {
        var page = await GetAsync(client, url);
        return await SubmitAsync(client, page, url, formName, changes, button);
    }

    /// <summary>Submits a form from a page loaded earlier: a stale form, as when someone else acted in between.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IDocument page, string url, string formName,
        IDictionary<string, string>? changes = null, (string Name, string Value)? button = null)
    {
        var form = page.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new AssertionException($"{url} has no form '{formName}'");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlInputElement { Type: "submit" }:
                case IHtmlButtonElement:
                    continue;
                case IHtmlInputElement input when input.Name is { Length: > 0 }:
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 }:
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 }:
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        if (button is { } b) fields.Add(new(b.Name, b.Value));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }
}
