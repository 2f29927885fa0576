using System.Net;
using System.Text.Json;

namespace LetterStudio.Web.Tests.Api;

public class OpenApiTests
{
    [Test]
    public async Task The_openapi_document_describes_the_api_and_nothing_else()
    {
        await using var factory = new StudioFactory();
        var client = factory.CreateClient();

        var json = await client.GetStringAsync("/openapi/v1.json");
        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.That(paths, Does.Contain("/api/v1/orders").And.Contain("/api/v1/orders/{id}").And.Contain("/api/v1/recipients"));
        Assert.That(paths, Has.All.StartWith("/api/v1/"), "workbench pages are not part of the API");
    }

    [Test]
    public async Task The_api_reference_page_is_served()
    {
        await using var factory = new StudioFactory();

        var response = await factory.CreateClient().GetAsync("/scalar/v1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("LetterStudio API"));
    }
}
