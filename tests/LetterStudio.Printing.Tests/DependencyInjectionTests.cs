using LetterStudio.Handwriting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LetterStudio.Printing.Tests;

public class DependencyInjectionTests
{
    [Test]
    public void The_host_gives_one_part_writer_and_one_assembler_built_on_the_handwriting_engine()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddHandwriting().AddPrinting();
        using var host = builder.Build();
        var writer = host.Services.GetRequiredService<BatchPartWriter>();
        Assert.That(host.Services.GetRequiredService<BatchPartWriter>(), Is.SameAs(writer));
        Assert.That(host.Services.GetRequiredService<BatchAssembler>(), Is.Not.Null);
    }
}
