using System.Diagnostics;
using LetterStudio.Application.Setup;
using LetterStudio.Data;
using LetterStudio.Data.Setup;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// usage: LetterStudio.Api.Bench DATA_FOLDER ORDERS
// Migrates and seeds the demo studio in DATA_FOLDER (or in the database named by Database__Provider and
// Database__ConnectionString in the environment, as bench/api/run.sh sets them for PostgreSQL), then gives one new business customer (api-bench@bench.test)
// 50 recipients and ORDERS orders, inserted through EF in one transaction. Prints the customer's email.
if (args.Length != 2 || !int.TryParse(args[1], out var orderCount) || orderCount < 1)
{
    Console.Error.WriteLine("usage: LetterStudio.Api.Bench DATA_FOLDER ORDERS");
    return 2;
}
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Studio:DataFolder"] = args[0],
    ["Studio:DemoPassword"] = "Letters-2026!",
}).AddEnvironmentVariables().Build();
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
const string email = "api-bench@bench.test";

await using (var scope = services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    await using var tx = await db.Database.BeginTransactionAsync();
    var customer = new Customer("API Bench Ltd", email, PostalAddress.Create("1 Bench Street", null, "London", null, "EC1A 1BB", "GB"), now);
    for (var r = 0; r < 50; r++)
        customer.AddRecipient($"Client {r:D2}", null, "client", PostalAddress.Create($"{r + 1} Client Road", null, "Leeds", null, "LS1 4AP", "GB"));
    db.Customers.Add(customer);
    await db.SaveChangesAsync();
    var orders = new List<Order>(orderCount);
    for (var i = 0; i < orderCount; i++)
    {
        orders.Add(Order.Place(new OrderDetails(customer.Id, customer.Recipients[i % 50].Id, occasions[random.Next(occasions.Length)],
            $"Bench letter {i}.", null, today.AddDays(random.Next(8, 120)), 3750, "GBP", random.Next(2) == 0, $"seed-{i}", []), "bench", now));
    }
    db.Orders.AddRange(orders);
    await db.SaveChangesAsync();
    await tx.CommitAsync();
}
Console.Error.WriteLine($"seeded {orderCount:N0} orders for {email} in {clock.Elapsed.TotalSeconds:N1} s");
Console.WriteLine(email);
return 0;
