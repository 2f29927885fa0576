using LetterStudio.Application.Accounts;
using LetterStudio.Application.Mail;
using LetterStudio.Application.Orders.Portal;
using LetterStudio.Application.Outbox;
using LetterStudio.Application.Printing;
using LetterStudio.Application.Webhooks;
using LetterStudio.Data.Accounts;
using LetterStudio.Data.Setup;
using LetterStudio.Drafting.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Setup;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the order database (<see cref="DataServiceCollectionExtensions.AddLetterStudioData"/>) and the studio's
    /// use cases over it, with their settings validated on start. With <paramref name="backgroundServices"/> (the web app)
    /// also what runs beside the requests: migrating on start, the mail and webhook dispatchers and the yearly letters.
    /// </summary>
    public static IServiceCollection AddLetterStudioApplication(this IServiceCollection services, bool backgroundServices = false)
    {
        services.AddLetterStudioData();
        // The password rule of the studio, on top of Identity's own (length, lockout) set with the account store.
        services.AddScoped<IPasswordValidator<StudioUser>, CommonPasswordValidator>();

        services.AddMailOutbox();
        services.AddWebhooks();

        services.AddScoped<Audit.AuditLog>();
        services.AddScoped<Privacy.CustomerExport>();
        services.AddScoped<Privacy.CustomerErasure>();
        services.AddScoped<Orders.AdvanceOrder>();
        services.AddScoped<Orders.PlaceOrder>();
        services.AddScoped<Orders.Bulk.BulkValidator>();
        services.AddScoped<Orders.Bulk.PlaceBulkOrders>();
        services.AddScoped<Orders.ClaimOrder>();
        services.AddScoped<Orders.ChangeOrderLook>();
        services.AddScoped<Dossier.DossierCommands>();
        services.AddScoped<Customers.ApiKeys>();
        services.AddScoped<Customers.CreateApiKey>();
        services.AddScoped<Customers.RevokeApiKey>();
        services.AddScoped<Customers.AddressBook>();
        services.AddScoped<Customers.AddRecipient>();
        services.AddScoped<Customers.UpdateRecipient>();
        services.AddScoped<Customers.DeleteRecipient>();
        services.AddScoped<Customers.RecipientVoices>();
        services.AddScoped<Voice.VoiceSamples>();
        services.AddScoped<CustomerSignUp>();
        services.AddScoped<CustomerOrdering>();
        services.AddScoped<RecurringOrders>();
        services.AddOptions<RecurringOptions>().BindConfiguration(RecurringOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();

        if (backgroundServices)
        {
            // In this order: the database is migrated before the dispatchers and the yearly letters first read it.
            services.AddHostedService<DatabaseStartup>();
            services.AddHostedService<OutboxDispatcher<MailDelivery, MailOptions>>();
            services.AddHostedService<RecurringOrdersService>();
            services.AddHostedService<OutboxDispatcher<WebhookDispatch, WebhookOptions>>();
        }
        return services;
    }

    /// <summary>
    /// Drafting an order's letter: the drafting engines (<see cref="DraftingServiceCollectionExtensions.AddDrafting"/>: templates,
    /// models, prompts) and the use cases over the order database. Apart from <see cref="AddLetterStudioApplication"/>, so the
    /// command line's other commands neither register nor validate the drafting settings.
    /// </summary>
    public static IServiceCollection AddLetterDrafting(this IServiceCollection services)
    {
        services.AddDrafting();
        services.AddScoped<Letters.DraftingContextLoader>();
        services.AddScoped<Letters.DraftLetter>();
        services.AddScoped<Letters.RedraftParagraph>();
        services.AddScoped<Letters.CheckLetter>();
        return services;
    }

    /// <summary>
    /// The end of a writer's work on a letter: sending the proof, approving and rendering the PDF (the writer's or the
    /// customer's approval), asking for changes; with the letter's rendering and its robot tells. Needs the handwriting
    /// engine (<c>AddHandwriting</c>), which the hosts register once for everything that writes in a hand.
    /// </summary>
    public static IServiceCollection AddLetterReview(this IServiceCollection services)
    {
        services.AddSingleton<Letters.LetterRendering>();
        // The robot tells' thresholds: the defaults are the ones `letterstudio inspect` judges by, so desk and CLI agree.
        services.AddSingleton(new Inspection.TellThresholds());
        services.AddSingleton<Letters.LetterTells>();
        services.AddScoped<Letters.ReviewSteps>();
        services.AddScoped<Letters.SendProof>();
        services.AddScoped<Letters.ApproveLetter>();
        services.AddScoped<Letters.ApproveProof>();
        services.AddScoped<Letters.AskForChanges>();
        return services;
    }

    /// <summary>
    /// The print room: its settings (validated on start), the print files' folders and writer, making batches and what
    /// is done with them. Making a batch needs an <see cref="Printing.IBatchJobs"/>, the job store that builds it
    /// (LetterStudio.Printing.Jobs' AddPrintJobs registers both); the writer needs the handwriting engine.
    /// </summary>
    public static IServiceCollection AddPrintRoom(this IServiceCollection services)
    {
        services.AddOptions<Printing.PrintingOptions>().BindConfiguration(Printing.PrintingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<Printing.PrintingOptions>, Printing.PrintingOptionsValidator>();
        services.AddSingleton<LetterStudio.Printing.BatchPartWriter>();
        services.AddSingleton<Printing.PrintFolders>();
        services.AddScoped<Printing.CreateBatch>();
        services.AddScoped<Printing.MarkBatchPrinted>();
        services.AddScoped<Printing.MarkBatchMailed>();
        services.AddScoped<Printing.PullFromBatch>();
        services.AddScoped<Printing.ReprintLetter>();
        return services;
    }
}
