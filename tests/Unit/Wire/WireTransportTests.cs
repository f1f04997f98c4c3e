using System.Globalization;
using System.Net;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Dynamo.Repositories.Wire;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire;

public sealed class WireTransportTests
{
    private const string Target = "DynamoDB_20120810.GetItem";

    public static TheoryData<int, bool> Bodies => new()
    {
        { 0, true },
        { 0, false },
        { 1, true },
        { 4095, false },
        { WireResponse.UnknownLengthSize, false },
        { WireResponse.UnknownLengthSize + 1, false },
        { 65_536, true },
        { 65_536, false },
        { 300_000, false },
        { 3 * 1024 * 1024, true },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task SendAsync_ReadsTheWholeBody_WithOrWithoutContentLength(int size, bool withLength)
    {
        var bytes = PooledBufferWriterTests.Expected(size, 5);
        using var handler = new BodyHandler(bytes, withLength);
        using var transport = Transport(handler);

        using var response = await transport.SendAsync(Target, "{}"u8.ToArray(), TestContext.Current.CancellationToken);

        Assert.Equal(size, response.Length);
        Assert.True(response.Body.Span.SequenceEqual(bytes));
        response.CheckCrc32();
    }

    [Fact]
    public async Task SendAsync_SendsTheBodyAndItsSignature_OnEveryAttempt()
    {
        using var handler = new BodyHandler("{}"u8.ToArray(), withLength: true);
        using var transport = Transport(handler);
        var body = """{"TableName":"orders"}"""u8.ToArray();

        using (await transport.SendAsync(Target, body, TestContext.Current.CancellationToken))
        {
        }

        using (await transport.SendAsync(Target, body, TestContext.Current.CancellationToken))
        {
        }

        Assert.Equal(2, handler.Bodies.Count);
        Assert.All(handler.Bodies, b => Assert.Equal(body, b));
        Assert.All(handler.Authorizations, a => Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDTRANSPORT/", a, StringComparison.Ordinal));
    }

    [Fact]
    public void Rent_SizesTheBufferByContentLength_AndCapsIt()
    {
        var exact = WireResponse.Rent(1000);
        var unknown = WireResponse.Rent(null);
        var huge = WireResponse.Rent(long.MaxValue);
        try
        {
            Assert.InRange(exact.Length, 1000, 1024);
            Assert.InRange(unknown.Length, WireResponse.UnknownLengthSize, 2 * WireResponse.UnknownLengthSize);
            Assert.InRange(huge.Length, WireResponse.LargestUpFront, 2L * WireResponse.LargestUpFront);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(exact);
            System.Buffers.ArrayPool<byte>.Shared.Return(unknown);
            System.Buffers.ArrayPool<byte>.Shared.Return(huge);
        }
    }

    [Fact]
    public void Grow_DoublesTheBuffer_AndKeepsTheBytesRead()
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(5000);
        PooledBufferWriterTests.Expected(buffer.Length, 9).CopyTo(buffer, 0);
        var length = buffer.Length;

        var larger = WireResponse.Grow(buffer, length);

        Assert.True(larger.Length >= 2 * length);
        Assert.True(larger.AsSpan(0, length).SequenceEqual(PooledBufferWriterTests.Expected(length, 9)));
        System.Buffers.ArrayPool<byte>.Shared.Return(larger);
    }

    private static WireTransport Transport(HttpMessageHandler handler)
    {
        var config = new AmazonDynamoDBConfig { ServiceURL = "http://dynamo.test:8000", AuthenticationRegion = "eu-west-1" };
        return new WireTransport(
            new HttpClient(handler, disposeHandler: false),
            ownsHttp: true,
            new Uri("http://dynamo.test:8000/"),
            new SigV4Signer("eu-west-1", "dynamodb"),
            new WireCredentials(new BasicAWSCredentials("AKIDTRANSPORT", "secret"), config),
            TimeProvider.System);
    }

    /// <summary>Answers with fixed bytes, as a buffer with its length or as a stream of unknown length.</summary>
    private sealed class BodyHandler(byte[] body, bool withLength) : HttpMessageHandler
    {
        public List<byte[]> Bodies { get; } = [];

        public List<string> Authorizations { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bodies.Add(await request.Content!.ReadAsByteArrayAsync(cancellationToken));
            Authorizations.Add(Assert.Single(request.Headers.GetValues("Authorization")));
            HttpContent content = withLength ? new ByteArrayContent(body) : new StreamContent(new UnknownLengthStream(body));
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
            Assert.Equal(withLength ? body.Length : null, content.Headers.ContentLength);
            response.Headers.TryAddWithoutValidation("x-amz-crc32", System.IO.Hashing.Crc32.HashToUInt32(body).ToString(CultureInfo.InvariantCulture));
            return response;
        }
    }

    /// <summary>A stream that hides its length and hands out at most 1,000 bytes a read, as a chunked response does.</summary>
    private sealed class UnknownLengthStream(byte[] body) : MemoryStream(body, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1000)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken);
    }
}
