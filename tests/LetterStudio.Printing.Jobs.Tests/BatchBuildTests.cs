using LetterStudio.Application.Printing;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Printing;
using LetterStudio.Printing.Jobs.Batches;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Printing.Jobs.Tests;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public sealed class BatchBuildTests(TestProvider provider)
{
    [Test]
    public async Task A_batch_built_by_the_job_node_holds_every_letter_once_in_mailing_order_with_matching_envelopes_and_manifest()
    {
        await using var studio = await PrintStudio.StartAsync(provider, partSize: 3);
        var ids = await studio.SeedRenderedAsync(7);
        var testOrder = (await studio.SeedRenderedAsync(1, isTest: true)).Single();

        var created = await studio.CreateBatchAsync(new BatchRequest());
        var progress = await studio.WaitAsync(created.Id);
        Assert.That(progress.Status, Is.EqualTo(PrintBatchStatus.Built), progress.FailureReason);

        var batch = await studio.LoadAsync(created.Id);
        Assert.That(batch.Items.Select(i => i.OrderId), Is.EquivalentTo(ids), "every waiting letter, and not the test order");
        Assert.That(batch.Items.Select(i => i.OrderId), Does.Not.Contain(testOrder));
        Assert.That(batch.Parts, Has.Count.EqualTo(3));
        Assert.That(batch.Parts.All(p => p.IsDone && p.Attempts == 1), Is.True);

        var letters = batch.Files.Single(f => f.Kind == PrintFileKind.Letters);
        var envelopes = batch.Files.Single(f => f.Kind == PrintFileKind.Envelopes);
        var csv = batch.Files.Single(f => f.Kind == PrintFileKind.ManifestCsv);
        foreach (var file in batch.Files)
        {
            Assert.That(PdfText.Sha256(studio.FullPath(file)), Is.EqualTo(file.Sha256), file.RelativePath);
            Assert.That(new FileInfo(studio.FullPath(file)).Length, Is.EqualTo(file.Bytes));
        }

        var letterPages = PdfText.Pages(studio.FullPath(letters));
        var envelopePages = PdfText.Pages(studio.FullPath(envelopes));
        var manifest = PrintManifest.Read(studio.FullPath(csv));
        Assert.That(envelopePages, Has.Count.EqualTo(ids.Count), "one envelope per letter");
        Assert.That(manifest, Has.Count.EqualTo(ids.Count));

        var stored = await studio.WithAsync(async sp => await (from i in studio.Db(sp).PrintBatchItems
                                                                 where i.PrintBatchId == batch.Id
                                                                 join d in studio.Db(sp).LetterDocuments on i.LetterDocumentId equals d.Id
                                                                 join o in studio.Db(sp).Orders on i.OrderId equals o.Id
                                                                 join r in studio.Db(sp).Recipients on o.RecipientId equals r.Id
                                                                 orderby i.Sequence
                                                                 select new { i.Sequence, i.OrderId, d.Pdf, r.Name }).ToListAsync());
        var previousFirst = 0;
        foreach (var (letter, line) in stored.Zip(manifest))
        {
            var reference = Order.ReferenceOf(letter.OrderId);
            Assert.That(line.Envelope, Is.EqualTo(letter.Sequence), "manifest in mailing order");
            Assert.That(line.OrderReference, Is.EqualTo(reference));
            var (first, last) = (line.FirstSheet, line.LastSheet);
            Assert.That(first, Is.GreaterThan(previousFirst), "sheets rise with the envelope number");
            previousFirst = first;

            // Simplex: a sheet is a page. The letter's own pages, in order, begin each page of its sheets
            // (its last page also carries the QR caption).
            var own = PdfText.Pages(letter.Pdf);
            Assert.That(last - first + 1, Is.EqualTo(own.Count), reference);
            for (var p = 0; p < own.Count; p++)
                Assert.That(letterPages[first - 1 + p], Does.StartWith(own[p]), $"{reference} page {p + 1}");
            Assert.That(letterPages.Count(t => t.Contains(PdfText.Normalize($"Letter {reference}."), StringComparison.Ordinal)), Is.EqualTo(1),
                $"{reference} printed once");
            Assert.That(envelopePages[letter.Sequence - 1], Does.Contain(PdfText.Normalize(letter.Name)), $"envelope {letter.Sequence}");
        }
    }

    [Test]
    public async Task A_letter_is_in_at_most_one_open_batch()
    {
        await using var studio = await PrintStudio.StartAsync(provider, runJobs: false);
        var ids = await studio.SeedRenderedAsync(3);
        await studio.CreateBatchAsync(new BatchRequest(MaxLetters: 2));

        var again = Assert.ThrowsAsync<DomainValidationException>(() => studio.CreateBatchAsync(new BatchRequest(OrderIds: [ids[0]])));
        Assert.That(again!.Message, Does.Contain(Order.ReferenceOf(ids[0])));
        var rest = await studio.CreateBatchAsync(new BatchRequest());
        Assert.That(rest.Items.Select(i => i.OrderId), Is.EqualTo(new[] { ids[2] }), "only the letter no open batch holds");
        Assert.ThrowsAsync<DomainValidationException>(() => studio.CreateBatchAsync(new BatchRequest()));
    }

    [Test]
    public async Task A_corrupt_stored_letter_is_reported_with_its_order_and_the_rest_of_the_batch_is_built()
    {
        await using var studio = await PrintStudio.StartAsync(provider, partSize: 2);
        var ids = await studio.SeedRenderedAsync(4);
        var broken = ids[1];
        await studio.WithAsync(async sp =>
        {
            var db = studio.Db(sp);
            var letterId = await db.Letters.Where(l => l.OrderId == broken).Select(l => l.Id).SingleAsync();
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"LetterDocuments\" SET \"Pdf\" = {"%PDF-1.4 this is not a letter"u8.ToArray()} WHERE \"LetterId\" = {letterId}");
        });

        var created = await studio.CreateBatchAsync(new BatchRequest());
        var progress = await studio.WaitAsync(created.Id);
        Assert.That(progress.Status, Is.EqualTo(PrintBatchStatus.Built), progress.FailureReason);

        var batch = await studio.LoadAsync(created.Id);
        var failed = batch.Items.Single(i => i.FailureReason is not null);
        Assert.That(failed.OrderId, Is.EqualTo(broken));
        Assert.That(failed.IsOpen, Is.False, "it can go in another batch once fixed");
        var manifest = PrintManifest.Read(studio.FullPath(batch.Files.Single(f => f.Kind == PrintFileKind.ManifestCsv)));
        Assert.That(manifest.Select(l => l.OrderReference), Is.EqualTo(batch.Items.OrderBy(i => i.Sequence).Where(i => i.OrderId != broken).Select(i => Order.ReferenceOf(i.OrderId))),
            "the others, in mailing order");
        Assert.That(PdfText.Pages(studio.FullPath(batch.Files.Single(f => f.Kind == PrintFileKind.Envelopes))), Has.Count.EqualTo(3));
    }
}
