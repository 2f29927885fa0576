using LetterStudio.Web.Features.Account;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Tests.Security;

/// <summary>The sign-in and mail limits hold for the whole studio when several nodes each count in their own process.</summary>
public class ThrottleShareTests
{
    private static AccountThrottle Node(int nodes) => new(Options.Create(new ThrottleOptions
    {
        FailuresPerAccountAndClient = 6, FailuresPerClient = 50, MailsPerAddress = 3, MailsPerClient = 10, Nodes = nodes,
    }), TimeProvider.System);

    [TestCase(1, 6)]
    [TestCase(3, 2)]
    [TestCase(6, 1)]
    [TestCase(10, 1)]
    public void Each_node_allows_its_share_of_the_failed_sign_ins(int nodes, int allowedPerNode)
    {
        var throttle = Node(nodes);
        var failures = 0;
        while (!throttle.SignInBlocked("203.0.113.9", "admin@letterstudio.test") && failures < 100)
        {
            throttle.SignInFailed("203.0.113.9", "admin@letterstudio.test");
            failures++;
        }
        Assert.That(failures, Is.EqualTo(allowedPerNode));
    }

    [Test]
    public void Three_nodes_together_send_no_more_account_mails_to_one_address_than_one_node_would()
    {
        var nodes = Enumerable.Range(0, 3).Select(_ => Node(3)).ToList();
        var sent = Enumerable.Range(0, 30).Count(i => nodes[i % 3].MailAllowedTo("someone@example.com"));
        Assert.That(sent, Is.EqualTo(3));
    }
}
