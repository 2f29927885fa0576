using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Occasions;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Seeding;

/// <summary>
/// A small studio to explore on first start: three customers with their people, memories and voices,
/// and orders in several states. Dates are relative to today so delivery dates stay in the future.
/// </summary>
public static class DemoStudio
{
    public const string SeedActor = "seed";
    public const string DemoWriter = "writer@letterstudio.test";

    public static async Task<bool> SeedAsync(LetterStudioDbContext db, TimeProvider time, bool demo, CancellationToken ct = default)
    {
        var known = await db.Occasions.Select(o => o.Key).ToListAsync(ct);
        db.Occasions.AddRange(Occasion.Standard().Where(o => !known.Contains(o.Key)));
        await db.SaveChangesAsync(ct);
        if (!demo || await db.Customers.AnyAsync(ct)) return false;

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var eleanor = new Customer("Eleanor Whitfield", "eleanor@example.com",
            PostalAddress.Create("14 Larch Grove", null, "Bath", null, "BA1 5JT", "GB"), now);
        var james = eleanor.AddRecipient("James Whitfield", "Jamie", "husband",
            PostalAddress.Create("14 Larch Grove", null, "Bath", null, "BA1 5JT", "GB"));
        var margaret = eleanor.AddRecipient("Margaret Doyle", "Mum", "mother",
            PostalAddress.Create("3 Harbour Row", "Flat 2", "Whitby", "North Yorkshire", "YO21 3PU", "GB"));

        var daniel = new Customer("Daniel Okafor", "daniel@example.com",
            PostalAddress.Create("221 Maple Avenue", "Apt 4B", "Portland", "OR", "97205", "US"), now);
        var priya = daniel.AddRecipient("Priya Raman", "Priya", "partner",
            PostalAddress.Create("221 Maple Avenue", "Apt 4B", "Portland", "OR", "97205", "US"));
        var coach = daniel.AddRecipient("Walter Briggs", "Coach Briggs", "old coach",
            PostalAddress.Create("87 Elm Street", null, "Eugene", "OR", "97401", "US"));

        var sophie = new Customer("Sophie Laurent", "sophie@example.com",
            PostalAddress.Create("8 rue des Tilleuls", null, "Lyon", null, "69003", "FR"), now);
        var lucas = sophie.AddRecipient("Lucas Martin", "Lulu", "best friend",
            PostalAddress.Create("Hauptstraße 12", null, "Berlin", null, "10115", "DE"));

        db.Customers.AddRange(eleanor, daniel, sophie);
        await db.SaveChangesAsync(ct);

        var a = new List<Anecdote>
        {
            new(eleanor.Id, james.Id, "We met in the rain outside the Roman Baths; he lent me his umbrella and then walked me all the way home, getting soaked himself.", new DateOnly(2004, 10, 16), null, ["first-meeting", "rain"], AnecdoteAuthor.Customer, eleanor.Email, now),
            new(eleanor.Id, james.Id, "On our honeymoon in Cornwall the car broke down and we spent the night in a farmhouse, eating pasties by the Aga with the farmer's family.", null, "summer 2006", ["honeymoon", "travel"], AnecdoteAuthor.Customer, eleanor.Email, now),
            new(eleanor.Id, james.Id, "When I was ill for most of 2019 he learned to cook, badly at first, and never once complained.", null, "2019", ["hard-times", "care"], AnecdoteAuthor.Writer, DemoWriter, now),
            new(eleanor.Id, margaret.Id, "Mum taught me to bake bread on Saturday mornings; the kitchen smelled of yeast and the radio played the shipping forecast.", null, "the 1980s", ["childhood", "baking"], AnecdoteAuthor.Customer, eleanor.Email, now),
            new(eleanor.Id, margaret.Id, "She drove through the night to be with me when Clara was born.", new DateOnly(2009, 3, 2), null, ["family", "birth"], AnecdoteAuthor.Customer, eleanor.Email, now),
            new(daniel.Id, priya.Id, "Priya and I got lost hiking Dog Mountain and found the best view of the Gorge by accident.", null, "spring 2021", ["adventure", "hiking"], AnecdoteAuthor.Customer, daniel.Email, now),
            new(daniel.Id, priya.Id, "She stayed up all night helping me rewrite my thesis defence slides.", new DateOnly(2022, 5, 11), null, ["support", "work"], AnecdoteAuthor.Customer, daniel.Email, now),
            new(daniel.Id, coach.Id, "Coach Briggs drove me to every away game my senior year when my dad couldn't.", null, "2012", ["mentor", "sport"], AnecdoteAuthor.Customer, daniel.Email, now),
            new(sophie.Id, lucas.Id, "Lucas and I shared a tiny flat in Montmartre and painted the kitchen yellow at two in the morning.", null, "autumn 2015", ["friendship", "paris"], AnecdoteAuthor.Customer, sophie.Email, now),
        };
        db.Anecdotes.AddRange(a);

        var eleanorStyle = StyleProfile.Create(eleanor.Id, new StyleProfileDraft(
            "Warm, a little old-fashioned, fond of understatement and of gentle teasing.", 3, 5, Humour.Gentle, SentenceLength.Medium,
            ["darling", "always"], ["awesome", "lol"], [new PetName(james.Id, "Jamie love")],
            "My dearest {name},", "All my love,", "Ellie",
            LetterLook.Create("kristi", 18, "#1B2A4A", Stationery.Plain, PaperSize.A5)), SeedActor, now);
        var danielStyle = StyleProfile.Create(daniel.Id, new StyleProfileDraft(
            "Direct and playful, short sentences, a science nerd who hides tenderness behind jokes.", 2, 4, Humour.Playful, SentenceLength.Short,
            ["honestly"], ["whom", "heretofore"], [new PetName(priya.Id, "P")],
            "Hey {name},", "Yours, always,", "Dan",
            LetterLook.Create("kristi", 17, "#222222", Stationery.Ruled, PaperSize.Letter)), SeedActor, now);
        var sophieStyle = StyleProfile.Create(sophie.Id, new StyleProfileDraft(
            "Elegant and formal, with long flowing sentences and the occasional French word.", 4, 3, Humour.Wry, SentenceLength.Long,
            ["chère"], ["hey"], [],
            "Dear {name},", "With warm regards,", "Sophie",
            LetterLook.Create("kristi", 16, "#3B1F5C", Stationery.Plain, PaperSize.A4)), SeedActor, now);
        db.StyleProfiles.AddRange(eleanorStyle, danielStyle, sophieStyle);
        await db.SaveChangesAsync(ct);

        var orders = new List<Order>
        {
            Place(eleanor.Id, james.Id, "anniversary", "Our 20th wedding anniversary. Remind him how we met and how he looked after me in 2019.", today.AddDays(21), [a[0].Id, a[2].Id], "anniversary-2024", now, eleanorStyle.Look, wantsProof: false),
            Place(eleanor.Id, margaret.Id, "birthday", "Mum turns 80. Thank her for the Saturday baking and for always turning up.", today.AddDays(35), [a[3].Id, a[4].Id], null, now, eleanorStyle.Look),
            Place(daniel.Id, priya.Id, "love-letter", "Just want her to know she's my favourite person. Keep it light, no grand speeches.", today.AddDays(10), [a[5].Id], null, now, danielStyle.Look),
            Place(daniel.Id, coach.Id, "thank-you", "Coach is retiring. Thank him for the away games.", today.AddDays(14), [a[7].Id], null, now, danielStyle.Look),
            Place(sophie.Id, lucas.Id, "congratulations", "Lucas opened his own bakery in Berlin. Congratulate him; mention our yellow kitchen.", today.AddDays(28), [a[8].Id], null, now, sophieStyle.Look),
            Place(sophie.Id, lucas.Id, "just-because", "A note for no reason.", today.AddDays(40), [], null, now, sophieStyle.Look),
        };
        db.Orders.AddRange(orders);
        await db.SaveChangesAsync(ct);

        // Move some orders along so the studio shows every kind of work in progress.
        orders[1].AssignTo(DemoWriter, DemoWriter, now);
        orders[2].AssignTo(DemoWriter, DemoWriter, now);
        orders[2].MoveTo(OrderStatus.Drafting, DemoWriter, now, "Started the first draft");
        orders[3].AssignTo(DemoWriter, DemoWriter, now);
        orders[3].MoveTo(OrderStatus.Drafting, DemoWriter, now);
        orders[3].MoveTo(OrderStatus.InReview, DemoWriter, now, "Proof sent to the customer");
        orders[4].AssignTo(DemoWriter, DemoWriter, now);
        orders[4].MoveTo(OrderStatus.Drafting, DemoWriter, now);
        orders[4].MoveTo(OrderStatus.InReview, DemoWriter, now);
        orders[4].MoveTo(OrderStatus.Approved, sophie.Email, now, "Approved by the customer");
        orders[5].MoveTo(OrderStatus.Cancelled, sophie.Email, now, "Customer changed her mind");

        var priyaLetter = new Letter(orders[2].Id, now);
        priyaLetter.AddRevision(new RevisionDraft(
            "Hey P,\n\nHonestly, I still think about the day we got lost on Dog Mountain.\n\nYours, always,\nDan",
            RevisionSource.Writer, DemoWriter, StyleProfileId: danielStyle.Id, AnecdoteIdsUsed: [a[5].Id], Note: "First pass"), now);
        var coachLetter = new Letter(orders[3].Id, now);
        coachLetter.AddRevision(new RevisionDraft(
            "Hey Coach Briggs,\n\nYou drove me to every away game my senior year when my dad couldn't. I never said thank you properly, so here it is.\n\nYours, always,\nDan",
            RevisionSource.Writer, DemoWriter, StyleProfileId: danielStyle.Id, AnecdoteIdsUsed: [a[7].Id]), now);
        var lucasLetter = new Letter(orders[4].Id, now);
        lucasLetter.AddRevision(new RevisionDraft(
            "Dear Lulu,\n\nA bakery of your own in Berlin: I keep picturing a yellow kitchen, painted at two in the morning.\n\nWith warm regards,\nSophie",
            RevisionSource.Writer, DemoWriter, StyleProfileId: sophieStyle.Id, AnecdoteIdsUsed: [a[8].Id]), now);
        db.Letters.AddRange(priyaLetter, coachLetter, lucasLetter);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private static Order Place(int customerId, int recipientId, string occasion, string brief, DateOnly due, List<int> anecdotes, string? key, DateTimeOffset now, LetterLook look, bool wantsProof = true) =>
        Order.Place(new OrderDetails(customerId, recipientId, occasion, brief, null, due, 4500, "GBP", wantsProof, key, anecdotes, Look: look), SeedActor, now);
}
