using System.Diagnostics;
using LetterStudio.Application.Setup;
using LetterStudio.Data;
using LetterStudio.Data.Seeding;
using LetterStudio.Data.Setup;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// usage: LetterStudio.Workbench.Bench DATA_FOLDER ORDERS ANECDOTES
// Migrates and seeds the demo studio (with its sign-ins) in DATA_FOLDER, then adds ORDERS orders and
// ANECDOTES anecdotes over generated customers, a fifth of the orders assigned to the demo writer.
if (args.Length != 3 || !int.TryParse(args[1], out var orderCount) || !int.TryParse(args[2], out var anecdoteCount))
{
    Console.Error.WriteLine("usage: LetterStudio.Workbench.Bench DATA_FOLDER ORDERS ANECDOTES");
    return 2;
}
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Studio:DataFolder"] = args[0],
    ["Studio:DemoPassword"] = "Letters-2026!",
}).Build();
var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddLetterStudioApplication().BuildServiceProvider();
await using (var scope = services.CreateAsyncScope())
{
    var init = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
    await init.MigrateAsync();
    await init.SeedAsync(demo: true);
}

var clock = Stopwatch.StartNew();
var random = new Random(42);
var now = DateTimeOffset.UtcNow;
var today = DateOnly.FromDateTime(now.UtcDateTime);
string[] occasions = ["anniversary", "birthday", "love-letter", "thank-you", "apology", "condolence", "congratulations", "just-because"];
string[] tags = ["travel", "family", "first-meeting", "home", "kids", "work", "music", "food", "holiday", "rain"];
const int customersPerBatch = 100;
var customerCount = Math.Max(1, orderCount / 5);
var anecdotesPerCustomer = Math.Max(1, anecdoteCount / customerCount);
var ordersPerCustomer = Math.Max(1, orderCount / customerCount);
var (orders, anecdotes) = (0, 0);

for (var start = 0; start < customerCount; start += customersPerBatch)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var batch = new List<Customer>();
    for (var i = start; i < Math.Min(customerCount, start + customersPerBatch); i++)
    {
        var address = PostalAddress.Create($"{i + 1} Bench Street", null, "Benchton", null, $"B{i % 90 + 10} 1AA", "GB");
        var customer = new Customer($"Customer {i:D5}", $"customer{i:D5}@bench.test", address, now);
        customer.AddRecipient($"Partner {i:D5}", $"Love {i}", "partner", address);
        customer.AddRecipient($"Parent {i:D5}", "Mum", "mother", address);
        batch.Add(customer);
    }
    db.Customers.AddRange(batch);
    await db.SaveChangesAsync();
    var placed = new List<Order>();
    foreach (var customer in batch)
    {
        var memories = new List<Anecdote>();
        for (var a = 0; a < anecdotesPerCustomer; a++)
        {
            var anecdote = new Anecdote(customer.Id, customer.Recipients[a % 2].Id,
                $"Memory {a} of {customer.Name}: the day we walked by the river and talked about everything and nothing.",
                today.AddDays(-random.Next(30, 9000)), null, [tags[random.Next(tags.Length)], tags[random.Next(tags.Length)]],
                AnecdoteAuthor.Customer, customer.Email, now);
            db.Anecdotes.Add(anecdote);
            memories.Add(anecdote);
            anecdotes++;
        }
        await db.SaveChangesAsync();
        var ids = memories.Take(3).Select(m => m.Id).ToList();
        for (var o = 0; o < ordersPerCustomer; o++)
        {
            var order = Order.Place(new OrderDetails(customer.Id, customer.Recipients[o % 2].Id, occasions[random.Next(occasions.Length)],
                "A bench letter.", null, today.AddDays(random.Next(1, 120)), 4500, "GBP", random.Next(2) == 0, null, ids), "bench", now);
            if (random.Next(5) == 0)
            {
                order.AssignTo(DemoStudio.DemoWriter, DemoStudio.DemoWriter, now);
                if (random.Next(2) == 0) order.MoveTo(OrderStatus.Drafting, DemoStudio.DemoWriter, now);
            }
            placed.Add(order);
            orders++;
        }
    }
    db.Orders.AddRange(placed);
    await db.SaveChangesAsync();
    Console.Error.Write($"\rseeded {orders:N0} orders, {anecdotes:N0} anecdotes");
}
Console.Error.WriteLine($"\rseeded {orders:N0} orders and {anecdotes:N0} anecdotes in {clock.Elapsed.TotalSeconds:N1} s");
return 0;
