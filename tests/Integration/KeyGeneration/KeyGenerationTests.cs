using System.Collections.Concurrent;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.Query;
using Dynamo.Repositories.TestDomain.Contributors;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.KeyGeneration;

/// <summary>Keys generated when Add is staged, against DynamoDB Local: hi-lo sequences across containers, Guid v7, wrapped ids.</summary>
public sealed class KeyGenerationTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TenThousandIds_DrawnFromOneSequence_ByEightConcurrentContainers_AreUnique()
    {
        var prefix = fixture.NewTablePrefix(nameof(KeyGenerationTests) + "Seq");
        var containers = Enumerable.Range(0, 8).Select(_ => TestServices.BuildFor(fixture, prefix, null, typeof(TicketConfiguration))).ToList();
        var log = new RequestLog(containers[0].GetRequiredService<Amazon.DynamoDBv2.IAmazonDynamoDB>());
        var ids = new ConcurrentBag<long>();
        try
        {
            await Task.WhenAll(containers.Select(container => Task.Run(
                () =>
                {
                    using var scope = container.CreateScope();
                    var tickets = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Ticket>>();
                    for (var i = 0; i < 1250; i++)
                    {
                        var ticket = new Ticket { Title = "t" };
                        tickets.Add(ticket);
                        ids.Add(ticket.Id);
                    }
                },
                Ct)));

            using var saving = containers[0].CreateScope();
            var repository = saving.ServiceProvider.GetRequiredService<IDynamoRepository<Ticket>>();
            var saved = await repository.AddAsync(new Ticket { Title = "saved" }, Ct);
            var counter = await fixture.Client.GetItemAsync(prefix + "Dynamo.Sequences", new() { ["Name"] = new() { S = "tickets" } }, Ct);

            Assert.Equal(10_000, ids.Count);
            Assert.Equal(10_000, ids.Distinct().Count());
            Assert.All(ids, id => Assert.InRange(id, 1, 10_000 + (8 * 50)));
            Assert.Equal("saved", (await repository.GetByIdAsync(saved.Id, Ct))?.Title);
            Assert.DoesNotContain(ids, id => id == saved.Id);
            Assert.Equal(0, long.Parse(counter.Item["Hi"].N, System.Globalization.CultureInfo.InvariantCulture) % 50);
            Assert.All(log.Of<UpdateItemRequest>(), r => Assert.Equal("ADD #v :n", r.UpdateExpression));
        }
        finally
        {
            containers.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task GuidV7Keys_AreSetWhenAddIsStaged_AndSortByCreation()
    {
        using var services = TestServices.BuildFor(fixture, fixture.NewTablePrefix(nameof(KeyGenerationTests) + "Guid"), null, typeof(NoteConfiguration));
        using var scope = services.CreateScope();
        var notes = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Note>>();
        var staged = new List<Note>();
        for (var i = 0; i < 50; i++)
        {
            var note = new Note { Order = i };
            notes.Add(note);
            Assert.NotEqual(Guid.Empty, note.Id);
            staged.Add(note);
        }

        await notes.SaveChangesAsync(Ct);
        var kept = new Note { Id = new Guid("11111111-1111-7111-8111-111111111111"), Order = 99 };
        await notes.AddAsync(kept, Ct);

        Assert.Equal(staged.Select(n => n.Id), staged.Select(n => n.Id).Order());
        Assert.All(staged, n => Assert.Equal(7, n.Id.Version));
        Assert.Equal(new Guid("11111111-1111-7111-8111-111111111111"), kept.Id);
        Assert.Equal(7, (await notes.GetByIdAsync(staged[7].Id, Ct))?.Order);
    }

    [Fact]
    public async Task AVogenContributorId_IsDrawnFromASequence_WhenTheContributorIsAdded()
    {
        using var services = TestServices.BuildFor(fixture, fixture.NewTablePrefix(nameof(KeyGenerationTests) + "Vogen"), null, typeof(Domain.ContributorConfiguration));
        using var scope = services.CreateScope();
        var contributors = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Contributor>>();

        var first = await contributors.AddAsync(new Contributor(ContributorName.From("First")), Ct);
        var second = await contributors.AddAsync(new Contributor(ContributorName.From("Second")), Ct);

        Assert.Equal(ContributorId.From(1), first.Id);
        Assert.Equal(ContributorId.From(2), second.Id);
        Assert.Equal(ContributorName.From("Second"), (await contributors.GetByIdAsync(ContributorId.From(2), Ct))?.Name);
    }
}
