using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Web.Features.Api.Bulk;

/// <summary>How big a bulk upload may be. Section "Api:Bulk".</summary>
public sealed class BulkOptions
{
    public const string SectionName = "Api:Bulk";

    /// <summary>The largest upload in bytes (the CSV file or JSON body); a larger one is refused with a 413.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 1024 * 1024;

    /// <summary>The most rows one upload may hold.</summary>
    [Range(1, 100_000)]
    public int MaxRows { get; set; } = 1000;
}
