using System.Net;
using LetterStudio.Application.Customers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.Security;

/// <summary>Sign-ins (failed ones too), key changes and roles given are in an audit log that an admin, and only an admin, reads.</summary>
public class AuditTests
{
    [Test]
    public async Task Sign_ins_failures_and_key_changes_are_in_the_audit_log_an_admin_reads()
    {
        await using var factory = new StudioFactory();
        var stranger = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        stranger.DefaultRequestHeaders.Add(ClientAddress.Header, "203.0.113.5");
        await SignIn.PostLoginAsync(stranger, SignIn.Customer, "not-her-password");
        var eleanor = await SignIn.ClientForAsync(factory, SignIn.Customer);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var customerId = await scope.ServiceProvider.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>().Customers
                .Where(c => c.Email == SignIn.Customer).Select(c => c.Id).SingleAsync();
            var (key, _) = await scope.ServiceProvider.GetRequiredService<CreateApiKey>().HandleAsync(customerId, "audited", testMode: false, actor: SignIn.Customer);
            await scope.ServiceProvider.GetRequiredService<RevokeApiKey>().HandleAsync(customerId, key.Id, actor: SignIn.Customer);
        }

        var admin = await SignIn.ClientForAsync(factory, "admin@letterstudio.test");
        var log = await admin.GetStringAsync($"/admin/audit?subject={Uri.EscapeDataString(SignIn.Customer)}");

        Assert.That(log, Does.Contain("sign-in failed").And.Contain("203.0.113.5"));
        Assert.That(log, Does.Contain("<td>sign-in</td>"));
        var all = await admin.GetStringAsync("/admin/audit");
        Assert.That(all, Does.Contain("api-key created (live)").And.Contain("api-key revoked"));

        var refused = await eleanor.GetAsync("/admin/audit");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(refused.Headers.Location!.ToString(), Does.Contain("/account/denied"));
    }
}
