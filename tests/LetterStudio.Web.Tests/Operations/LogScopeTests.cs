using System.Net;
using LetterStudio.Application.Telemetry;
using LetterStudio.Domain.Printing;
using LetterStudio.Handwriting;
using LetterStudio.Printing.Jobs.Batches;
using LetterStudio.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LetterStudio.Web.Tests.Operations;

/// <summary>A real flow's log lines carry the order or batch they concern and the node that wrote them.</summary>
public class LogScopeTests
{
    [Test]
    public async Task Lines_about_a_batch_and_an_order_carry_their_ids_and_the_node()
    {
        var sink = new LogSink();
        await using var studio = new StudioFactory().WithSettings(new() { ["Printing:PartSize"] = "2" });
        await using var factory = studio.WithWebHostBuilder(b => b.ConfigureLogging(l =>
        {
            l.AddProvider(sink);
            l.AddFilter<LogSink>(null, LogLevel.Information);
        }));
        await using (var scope = factory.Services.CreateAsyncScope())
            await RenderedLetterSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>(),
                scope.ServiceProvider.GetRequiredService<HandwritingRenderer>(), 3, uniqueText: false, TimeProvider.System);

        // A print operator makes a batch; the web app's job node builds it in parts.
        var print = await ClientForAsync(factory, SignIn.PrintOperator);
        var created = await Forms.SubmitAsync(print, "/print", "create", new Dictionary<string, string> { ["Rule.Max"] = "3" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await created.Content.ReadAsStringAsync());
        var batchUrl = created.Headers.Location!.ToString();
        var batchId = int.Parse(batchUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var until = DateTime.UtcNow.AddMinutes(2);
        PrintBatchStatus status;
        do
        {
            await Task.Delay(250);
            await using var scope = factory.Services.CreateAsyncScope();
            status = await scope.ServiceProvider.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>().PrintBatches
                .Where(b => b.Id == batchId).Select(b => b.Status).SingleAsync();
        } while (status == PrintBatchStatus.Building && DateTime.UtcNow < until);
        Assert.That(status, Is.EqualTo(PrintBatchStatus.Built));
        Assert.That((await print.GetAsync(batchUrl)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // A writer opens an order's page.
        int orderId;
        await using (var scope = factory.Services.CreateAsyncScope())
            orderId = await scope.ServiceProvider.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>().Orders.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var writer = await ClientForAsync(factory, SignIn.Writer);
        Assert.That((await writer.GetAsync($"/orders/{orderId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var lines = sink.Lines;
        var node = StudioNode.Name;
        var parts = lines.Where(l => l.Category.EndsWith(nameof(BuildPartJob), StringComparison.Ordinal)).ToList();
        Assert.That(parts, Is.Not.Empty, "the part jobs log what they wrote");
        Assert.That(parts, Has.All.Matches<LogSink.Line>(l => Equals(l.Scope.GetValueOrDefault("BatchId"), batchId) && Equals(l.Scope.GetValueOrDefault("Node"), node)));
        Assert.That(lines.Where(l => l.Category.EndsWith(nameof(AssembleBatchJob), StringComparison.Ordinal)),
            Has.Some.Matches<LogSink.Line>(l => Equals(l.Scope.GetValueOrDefault("BatchId"), batchId)));
        Assert.That(lines.Where(l => l.Message.Contains("/print/batches/", StringComparison.Ordinal)),
            Has.Some.Matches<LogSink.Line>(l => Equals(l.Scope.GetValueOrDefault("BatchId"), batchId)), "the batch page's request");
        var orderLines = lines.Where(l => Equals(l.Scope.GetValueOrDefault("OrderId"), orderId)).ToList();
        Assert.That(orderLines, Is.Not.Empty, "the order page's request logs inside the order's scope");
        Assert.That(orderLines, Has.All.Matches<LogSink.Line>(l => Equals(l.Scope.GetValueOrDefault("Node"), node)));
    }

    private static async Task<HttpClient> ClientForAsync(WebApplicationFactory<Program> factory, string email)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await SignIn.PostLoginAsync(client, email, SignIn.DemoPassword);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"sign-in as {email} should redirect");
        return client;
    }
}
