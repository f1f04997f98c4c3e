using Dynamo.Repositories;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ordering;
using Ordering.Application;
using Ordering.Infrastructure;

// With no DynamoDb:ServiceUrl configured (and no DYNAMODB_ENDPOINT), the sample starts its own DynamoDB Local.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
var section = builder.Configuration.GetSection(DynamoRepositoryOptions.DefaultSectionName);
await using var local = string.IsNullOrWhiteSpace(section["ServiceUrl"]) ? await DynamoDbLocal.StartAsync() : null;
if (local is not null)
{
    builder.Configuration[$"{DynamoRepositoryOptions.DefaultSectionName}:ServiceUrl"] = local.ServiceUrl;
    Console.WriteLine($"DynamoDB Local started at {local.ServiceUrl}");
}

builder.Services.AddDynamoRepositories(section, typeof(OrderConfiguration).Assembly);
builder.Services.AddSingleton<DispatcherSwitch>().AddDomainEventDispatcher<ConsoleEventDispatcher>();
builder.Services.AddDynamoOutboxRelay(relay => relay.DeliveryDelay = TimeSpan.Zero, hosted: false); // the outbox, and a relay the scenario runs
builder.Services.AddScoped<PlaceOrderHandler>();
builder.Services.AddScoped<ShipOrderHandler>();

// The spans of the first unit of work are printed as a tree; with --trace, every span of the library as it ends.
var traceEverySpan = args.Contains("--trace", StringComparer.Ordinal);
using var spans = new SpanPrinter(traceEverySpan, Console.Out);

using var host = builder.Build();
await host.StartAsync(); // validates the options and the mapping, and creates the tables (CreateTablesOnStartup)
try
{
    await Scenario.RunAsync(host.Services, Console.Out, spans);
}
finally
{
    await host.StopAsync();
}

return 0;
