using System.Text.RegularExpressions;
using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Occasions;

/// <summary>
/// Why a letter is written. Occasions are rows, not an enum, so the studio can add one (with its
/// template in templates/) without a code change. <see cref="Key"/> names the template.
/// </summary>
public sealed partial class Occasion
{
    public string Key { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public bool Active { get; private set; } = true;

    private Occasion() { }

    public Occasion(string key, string name, string description)
    {
        Key = Guard.Required(key, nameof(Key), Limits.Key);
        if (!KeyPattern().IsMatch(Key))
            throw new DomainValidationException(nameof(Key), $"'{key}' must be lower-case letters, digits and hyphens (it names a template file).");
        Name = Guard.Required(name, nameof(Name), Limits.Name);
        Description = Guard.Required(description, nameof(Description), Limits.ShortText);
    }

    public void Retire() => Active = false;

    /// <summary>The eight occasions every studio offers.</summary>
    public static IReadOnlyList<Occasion> Standard() =>
    [
        new("anniversary", "Anniversary", "Marks the years together: how it began, what it has become, what comes next."),
        new("birthday", "Birthday", "Celebrates the person on their day and the year ahead."),
        new("love-letter", "Love letter", "Says plainly and tenderly what they mean to the writer."),
        new("thank-you", "Thank you", "Thanks someone for something particular, and says what it meant."),
        new("apology", "Apology", "Owns a wrong without excuses and offers to make it right."),
        new("condolence", "Condolence", "Offers sympathy after a loss and honours the person who died."),
        new("congratulations", "Congratulations", "Celebrates an achievement or a milestone."),
        new("just-because", "Just because", "A letter for no reason but to say they are thought of."),
    ];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
