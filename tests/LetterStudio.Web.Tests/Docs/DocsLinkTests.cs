using System.Text;
using System.Text.RegularExpressions;

namespace LetterStudio.Web.Tests.Docs;

/// <summary>
/// README and docs/ stay true to the files they point at: every relative link and image exists, every #anchor names a
/// heading of its page, and README stays the short front door CI reads its test command from.
/// </summary>
public partial class DocsLinkTests
{
    // docs/incoming/ holds drafts written by other branches for the lead to merge into the pages; their links are
    // written for where the text will land, so they are checked once merged, not here.
    private const string Incoming = "incoming";

    public static IEnumerable<TestCaseData> Pages() =>
        MarkdownPages().Select(p => new TestCaseData(p).SetArgDisplayNames(Path.GetRelativePath(RepoRoot(), p)));

    [TestCaseSource(nameof(Pages))]
    public void Every_relative_link_and_image_of_a_page_points_at_a_file_that_exists(string page)
    {
        var broken = new List<string>();
        foreach (var (target, line) in Links(File.ReadAllText(page)))
        {
            var path = target.Split('#')[0];
            if (path.Length == 0) continue;
            var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
            if (!File.Exists(file) && !Directory.Exists(file)) broken.Add($"line {line}: {target}");
        }
        Assert.That(broken, Is.Empty);
    }

    [TestCaseSource(nameof(Pages))]
    public void Every_anchor_of_a_page_names_a_heading_of_the_page_it_points_at(string page)
    {
        var broken = new List<string>();
        foreach (var (target, line) in Links(File.ReadAllText(page)))
        {
            var hash = target.IndexOf('#');
            if (hash < 0) continue;
            var path = target[..hash];
            var file = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
            if (!file.EndsWith(".md", StringComparison.Ordinal) || !File.Exists(file)) continue;
            if (!Anchors(File.ReadAllText(file)).Contains(target[(hash + 1)..])) broken.Add($"line {line}: {target}");
        }
        Assert.That(broken, Is.Empty);
    }

    [Test]
    public void The_link_check_finds_a_missing_file_and_a_wrong_anchor()
    {
        // The check itself must be able to fail: a link to nowhere and an anchor no heading makes.
        const string text = "# Title\n\n## Settings (section `Printing`, validated on start)\n\n[a](nowhere.md) ![b](pic.png#x)\n\n```\n[not a link](inside-code.md)\n```\n";
        Assert.That(Links(text).Select(l => l.Target), Is.EqualTo(new[] { "nowhere.md", "pic.png#x" }));
        Assert.That(Anchors(text), Does.Contain("settings-section-printing-validated-on-start").And.Contain("title"));
    }

    [Test]
    public void README_stays_a_front_door_under_250_lines_with_the_two_commands_CI_runs()
    {
        var readme = File.ReadAllLines(Path.Combine(RepoRoot(), "README.md"));
        Assert.That(readme, Has.Length.LessThan(250), "README is the front door; the manual is docs/");
        Assert.That(readme, Has.Some.StartsWith("dotnet run --project src/LetterStudio.Web "));
        Assert.That(readme, Has.Some.StartsWith("dotnet test "), ".ci/run and CI run the README's test command");
    }

    [Test]
    public void README_links_every_page_of_docs()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));
        var linked = Links(readme).Select(l => l.Target.Split('#')[0]).ToHashSet();
        var pages = Directory.GetFiles(Path.Combine(RepoRoot(), "docs"), "*.md").Select(p => "docs/" + Path.GetFileName(p));
        Assert.That(pages.Where(p => !linked.Contains(p)), Is.Empty);
    }

    private static IEnumerable<string> MarkdownPages()
    {
        var root = RepoRoot();
        yield return Path.Combine(root, "README.md");
        foreach (var page in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order())
            if (!Path.GetRelativePath(Path.Combine(root, "docs"), page).StartsWith(Incoming + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                yield return page;
    }

    /// <summary>Relative link and image targets outside code, with their line numbers.</summary>
    private static List<(string Target, int Line)> Links(string markdown)
    {
        var links = new List<(string, int)>();
        var fence = false;
        var number = 0;
        foreach (var raw in markdown.Split('\n'))
        {
            number++;
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal)) { fence = !fence; continue; }
            if (fence) continue;
            var line = CodeSpan().Replace(raw, "");
            foreach (Match m in Link().Matches(line))
            {
                var target = m.Groups["target"].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                links.Add((target, number));
            }
        }
        return links;
    }

    /// <summary>The anchors GitHub makes for a page's headings: lower case, punctuation dropped, spaces to hyphens, repeats numbered.</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>();
        var fence = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) { fence = !fence; continue; }
            if (fence || !line.StartsWith('#')) continue;
            var text = line.TrimStart('#').Trim();
            var slug = new StringBuilder();
            foreach (var c in text.ToLowerInvariant())
                if (char.IsLetterOrDigit(c) || c is '-' or '_') slug.Append(c);
                else if (c == ' ') slug.Append('-');
            var anchor = slug.ToString();
            for (var n = 1; !anchors.Add(anchor); n++) anchor = $"{slug}-{n}";
        }
        return anchors;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LetterStudio.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("LetterStudio.sln not found above the test output folder.");
    }

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpan();
}
