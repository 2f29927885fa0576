using LetterStudio.Domain.Common;
using LetterStudio.Domain.Webhooks;

namespace LetterStudio.Domain.Tests.Webhooks;

public class WebhookUrlTests
{
    [TestCase("https://hooks.example.com/letterstudio")]
    [TestCase("https://93.184.216.34:8443/in")]
    [TestCase("https://[2606:2800:220:1::248]/in")]
    public void A_public_https_url_is_accepted(string url) =>
        Assert.That(WebhookUrl.Check(url, allowInsecure: false).ToString(), Is.EqualTo(url));

    [TestCase("http://hooks.example.com/in", "https")]
    [TestCase("https://localhost/in", "local or private")]
    [TestCase("https://127.0.0.1/in", "local or private")]
    [TestCase("https://10.1.2.3/in", "local or private")]
    [TestCase("https://192.168.0.10/in", "local or private")]
    [TestCase("https://172.20.0.1/in", "local or private")]
    [TestCase("https://169.254.169.254/latest", "local or private")]
    [TestCase("https://[::1]/in", "local or private")]
    [TestCase("https://[fd00::1]/in", "local or private")]
    [TestCase("https://localhost./in", "local or private")]
    [TestCase("https://LOCALHOST./in", "local or private")]
    [TestCase("https://db/in", "local or private")]
    [TestCase("https://nas.local/in", "local or private")]
    [TestCase("https://198.18.0.1/in", "local or private")]
    [TestCase("https://198.19.200.1/in", "local or private")]
    [TestCase("https://192.0.2.10/in", "local or private")]
    [TestCase("https://198.51.100.10/in", "local or private")]
    [TestCase("https://203.0.113.10/in", "local or private")]
    [TestCase("https://192.0.0.10/in", "local or private")]
    [TestCase("https://100.64.0.1/in", "local or private")]
    [TestCase("https://255.255.255.255/in", "local or private")]
    [TestCase("https://[2001:db8::10]/in", "local or private")]
    [TestCase("https://[64:ff9b::7f00:1]/in", "local or private")]
    [TestCase("https://[64:ff9b:1::1]/in", "local or private")]
    [TestCase("https://[::ffff:127.0.0.1]/in", "local or private")]
    [TestCase("https://[::ffff:198.18.0.1]/in", "local or private")]
    [TestCase("https://[::127.0.0.1]/in", "local or private")]
    [TestCase("https://[2002:c0a8:1::1]/in", "local or private")]
    [TestCase("https://[2001::1]/in", "local or private")]
    [TestCase("https://[100::1]/in", "local or private")]
    [TestCase("https://[fe80::1]/in", "local or private")]
    [TestCase("https://[ff02::1]/in", "local or private")]
    [TestCase("https://[::]/in", "local or private")]
    [TestCase("ftp://hooks.example.com/in", "absolute https URL")]
    [TestCase("/relative/path", "absolute https URL")]
    [TestCase("https://user:pw@hooks.example.com/in", "user name")]
    [TestCase("", "required")]
    public void An_unsafe_or_malformed_url_is_refused_naming_the_field(string url, string why)
    {
        var ex = Assert.Throws<DomainValidationException>(() => WebhookUrl.Check(url, allowInsecure: false));
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Field, Is.EqualTo("Url"));
            Assert.That(ex.Message, Does.Contain(why));
        });
    }

    [Test]
    public void With_insecure_urls_allowed_a_local_http_receiver_is_accepted() =>
        Assert.That(WebhookUrl.Check("http://127.0.0.1:5005/hooks", allowInsecure: true).Port, Is.EqualTo(5005));

    [Test]
    public void A_registered_endpoint_gets_a_fresh_secret_each_time()
    {
        var now = DateTimeOffset.UtcNow;
        var a = WebhookEndpoint.Register(1, "https://hooks.example.com/a", null, false, now);
        var b = WebhookEndpoint.Register(1, "https://hooks.example.com/a", null, false, now);
        Assert.Multiple(() =>
        {
            Assert.That(a.Secret, Does.Match("^whsec_[A-Za-z0-9]{40}$"));
            Assert.That(a.Secret, Is.Not.EqualTo(b.Secret));
            Assert.That(a.Active, Is.True);
        });
    }
}
