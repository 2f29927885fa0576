namespace LetterStudio.Printing.Tests;

public class SmokeTests
{
    [Test]
    public void Smoke()
    {
        var dir = "/tmp/ls-smoke";
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        var letters = new[] { TestLetters.Letter(1, "cream", true, 1), TestLetters.Letter(2, "cream", false, 2), TestLetters.Letter(3, "white", true, 3) };
        var writer = new BatchPartWriter(TestLetters.Renderer);
        var p1 = writer.WritePart(TestLetters.Settings(true), letters[..2], dir, 1, null, default);
        var p2 = writer.WritePart(TestLetters.Settings(true), letters[2..], dir, 2, null, default);
        var files = new BatchAssembler().Assemble(TestLetters.Settings(true), [p1, p2], ManifestLine.FromParts([p1, p2]), dir);
        TestContext.Out.WriteLine(string.Join("\n", letters.Select(l => l.PageCount)));
        TestContext.Out.WriteLine(files);
        TestContext.Out.WriteLine(string.Join("\n", p1.Failures.Concat(p2.Failures)));
    }
}
