using LetterStudio.Domain.Webhooks;

namespace LetterStudio.Domain.Tests.Webhooks;

public class WebhookSignatureTests
{
    private const string Secret = "whsec_abcdefghijklmnopqrstuvwxyz0123456789ABCD";
    private const string Body = """{"id":"evt_1","type":"order.status_changed"}""";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly string Timestamp = Now.ToUnixTimeSeconds().ToString();

    private static bool Verify(string header, string? timestamp = null, string body = Body, DateTimeOffset? now = null) =>
        WebhookSignature.Verify(Secret, timestamp ?? Timestamp, body, header, now ?? Now, WebhookSignature.DefaultTolerance);

    [Test]
    public void A_signature_is_the_hex_hmac_of_the_timestamp_a_dot_and_the_body()
    {
        // Computed independently: printf '%s' '1795608000.{"id":"evt_1","type":"order.status_changed"}' | openssl dgst -sha256 -hmac "$secret"
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Secret), System.Text.Encoding.UTF8.GetBytes($"{Timestamp}.{Body}")));

        Assert.That(WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body), Is.EqualTo("v1=" + expected));
    }

    [Test]
    public void A_fresh_signature_made_with_the_secret_verifies() =>
        Assert.That(Verify(WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body)), Is.True);

    [Test]
    public void A_changed_body_or_another_secret_does_not_verify()
    {
        var header = WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body);
        Assert.Multiple(() =>
        {
            Assert.That(Verify(header, body: Body.Replace("evt_1", "evt_2")), Is.False);
            Assert.That(Verify(WebhookSignature.Sign("whsec_other", Now.ToUnixTimeSeconds(), Body)), Is.False);
            Assert.That(Verify(header, timestamp: (Now.ToUnixTimeSeconds() + 1).ToString()), Is.False, "the timestamp is signed too");
        });
    }

    [TestCase(-301, false)]
    [TestCase(-299, true)]
    [TestCase(299, true)]
    [TestCase(301, false)]
    public void A_timestamp_more_than_five_minutes_away_is_refused_as_a_replay(int secondsFromNow, bool accepted)
    {
        var sent = Now.AddSeconds(secondsFromNow).ToUnixTimeSeconds();
        Assert.That(Verify(WebhookSignature.Sign(Secret, sent, Body), timestamp: sent.ToString()), Is.EqualTo(accepted));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("v1=zz")]
    [TestCase("v0=00")]
    public void A_missing_or_malformed_header_does_not_verify(string? header) =>
        Assert.That(WebhookSignature.Verify(Secret, Timestamp, Body, header, Now, WebhookSignature.DefaultTolerance), Is.False);

    [Test]
    public void One_matching_signature_among_several_is_enough() =>
        Assert.That(Verify("v1=" + new string('0', 64) + ", " + WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body)), Is.True);
}
