using System.ComponentModel.DataAnnotations;
using LetterStudio.Application.Letters;
using LetterStudio.Web.Features.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Features.Portal.Orders;

// The order form's checks that need the studio (its clock, its hands, its inks), as validation attributes so the
// built-in validation runs them with the rest. Attributes rather than IValidatableObject: the validator calls
// Validate only once every attribute has passed, and the form shows every error at once.

/// <summary>A date today or later, by the studio's clock (the <see cref="TimeProvider"/> the validator is given).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class NotPastAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not DateOnly date) return ValidationResult.Success;
        var today = DateOnly.FromDateTime(context.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        return date >= today ? ValidationResult.Success : new ValidationResult($"{date:d MMMM yyyy} has passed: choose today or a later day.", [context.MemberName!]);
    }
}

/// <summary>One of the hands the studio's renderer offers.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OfferedHandAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        context.GetRequiredService<LetterRendering>().Fonts.Any(f => f.Id == value as string)
            ? ValidationResult.Success
            : new ValidationResult("Choose one of the hands offered.", [context.MemberName!]);
}

/// <summary>One of the studio's inks.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class StudioInkAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is string colour && Inks.IsKnown(colour) ? ValidationResult.Success : new ValidationResult("Choose one of the inks offered.", [context.MemberName!]);
}
