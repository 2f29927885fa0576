using System.Security.Cryptography;
using System.Text;

namespace LetterStudio.Drafting.Templates;

/// <summary>A rendered template: the model's instructions and the client's file as quoted data.</summary>
public sealed record RenderedPrompt(string Instructions, string Data)
{
    /// <summary>Lower-case hex SHA-256 of both parts, stored on the revision to recognise drafts from the same prompt.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Instructions + "\n\n" + Data)));

    public override string ToString() => Instructions + "\n\n" + Data;
}
