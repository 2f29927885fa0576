using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Application.Orders.Portal;

/// <summary>Settings for yearly letters (section "Recurring").</summary>
public sealed class RecurringOptions
{
    public const string SectionName = "Recurring";

    /// <summary>How many weeks before the date next year's order is created: time for a writer, a proof and the post.</summary>
    [Range(1, 26)]
    public int LeadWeeks { get; set; } = 6;

    /// <summary>How often the studio looks for letters due to repeat.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}
