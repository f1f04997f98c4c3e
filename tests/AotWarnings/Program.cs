using AotWarnings;
using Dynamo.Repositories;
using Microsoft.Extensions.DependencyInjection;

// The one call an AOT app must be warned about (IL2026 and IL3050 on this line).
new ServiceCollection().AddDynamoRepositories(options => options.ServiceUrl = "http://localhost:8000", typeof(Marker).Assembly);
