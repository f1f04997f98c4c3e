using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;
using Dynamo.Repositories.Wire;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire;

public sealed class SigV4SignerTests
{
    private const string AccessKey = "AKIDEXAMPLE";
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string Target = "DynamoDB_20120810.GetItem";
    private const string Host = "dynamodb.eu-west-1.amazonaws.com";
    private static readonly DateTime SignedAt = new(2026, 11, 30, 6, 45, 12, DateTimeKind.Utc);
    private static readonly byte[] Body = """{"TableName":"orders","Key":{"pk":{"S":"c-1"}}}"""u8.ToArray();

    [Theory]
    [InlineData(null)]
    [InlineData("FQoGZXIvYXdzEXAMPLE//session+token==")]
    public void Sign_EqualsTheSdkSignature_ForTheSameCanonicalRequest(string? token)
    {
        var credentials = new ImmutableCredentials(AccessKey, SecretKey, token);
        var signer = new SigV4Signer("eu-west-1", "dynamodb");

        var signed = signer.Sign(credentials, SignedAt, Host, Target, Body);

        var signedHeaders = token is null
            ? "content-type;host;x-amz-date;x-amz-target"
            : "content-type;host;x-amz-date;x-amz-security-token;x-amz-target";
        var canonical = Canonical(token, signedHeaders);
        var sdk = AWS4Signer.ComputeSignature(AccessKey, SecretKey, "eu-west-1", SignedAt, "dynamodb", signedHeaders, canonical);
        Assert.Equal(sdk.ForAuthorizationHeader, signed.Authorization);
        Assert.Equal("20261130T064512Z", signed.AmzDate);
    }

    [Fact]
    public void CanonicalRequest_ListsTheSignedHeadersInOrder_WithTheBodyHash()
    {
        var canonical = Canonical("tok", "content-type;host;x-amz-date;x-amz-security-token;x-amz-target");

        Assert.Equal(
            "POST\n/\n\ncontent-type:application/x-amz-json-1.0\nhost:dynamodb.eu-west-1.amazonaws.com\nx-amz-date:20261130T064512Z\n"
            + "x-amz-security-token:tok\nx-amz-target:DynamoDB_20120810.GetItem\n\n"
            + "content-type;host;x-amz-date;x-amz-security-token;x-amz-target\n"
            + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Body)),
            canonical);
    }

    [Fact]
    public void Derive_GivesTheKeyOfAwsPublishedExample()
    {
        // AWS documentation, "Examples of how to derive a signing key for Signature Version 4".
        var key = SigningKey.Derive(SecretKey, "20120215", "us-east-1", "iam");

        Assert.Equal("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d", Convert.ToHexStringLower(key.Key));
    }

    [Fact]
    public void Derive_GivesTheSdkKey()
    {
        var key = SigningKey.Derive(SecretKey, "20261130", "eu-west-1", "dynamodb");

        Assert.Equal(AWS4Signer.ComposeSigningKey(SecretKey, "eu-west-1", "20261130", "dynamodb"), key.Key);
    }

    [Fact]
    public void Sign_ReusesTheSigningKey_UntilTheDayOrTheSecretChanges()
    {
        var signer = new SigV4Signer("eu-west-1", "dynamodb");
        var credentials = new ImmutableCredentials(AccessKey, SecretKey, null);

        signer.Sign(credentials, SignedAt, Host, Target, Body);
        var first = signer.CurrentKey;
        signer.Sign(credentials, SignedAt.AddHours(3), Host, Target, Body);
        var sameDay = signer.CurrentKey;
        signer.Sign(credentials, SignedAt.AddDays(1), Host, Target, Body);
        var nextDay = signer.CurrentKey;
        signer.Sign(new ImmutableCredentials(AccessKey, "rotated", null), SignedAt.AddDays(1), Host, Target, Body);

        Assert.NotNull(first);
        Assert.Same(first, sameDay);
        Assert.NotSame(sameDay, nextDay);
        Assert.NotSame(nextDay, signer.CurrentKey);
    }

    [Fact]
    public void Sign_SharesTheDateHeader_WithinASecond_AndFormatsTheNextSecond()
    {
        var signer = new SigV4Signer("eu-west-1", "dynamodb");
        var credentials = new ImmutableCredentials(AccessKey, SecretKey, null);

        var first = signer.Sign(credentials, SignedAt, Host, Target, Body);
        var sameSecond = signer.Sign(credentials, SignedAt.AddMilliseconds(999), Host, Target, Body);
        var nextSecond = signer.Sign(credentials, SignedAt.AddSeconds(1), Host, Target, Body);

        Assert.Same(first.AmzDate, sameSecond.AmzDate);
        Assert.Equal("20261130T064513Z", nextSecond.AmzDate);
        Assert.NotEqual(first.Authorization, nextSecond.Authorization);
    }

    [Fact]
    public void Sign_DerivesANewKey_WhenOnlyTheAccessKeyChanges()
    {
        var signer = new SigV4Signer("eu-west-1", "dynamodb");
        signer.Sign(new ImmutableCredentials(AccessKey, SecretKey, null), SignedAt, Host, Target, Body);
        var first = signer.CurrentKey;

        var signed = signer.Sign(new ImmutableCredentials("AKIDOTHER", SecretKey, null), SignedAt, Host, Target, Body);

        Assert.NotSame(first, signer.CurrentKey);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDOTHER/20261130/eu-west-1/dynamodb/aws4_request, ", signed.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_EqualsTheSdkSignature_FromManyThreads_AlternatingSignersOfTwoRegions()
    {
        // The hash contexts are reused per thread and rekeyed when another signer's key comes in between.
        var signers = new[] { new SigV4Signer("eu-west-1", "dynamodb"), new SigV4Signer("us-east-1", "dynamodb") };
        var credentials = new ImmutableCredentials(AccessKey, SecretKey, null);
        var expected = signers
            .Select(s => AWS4Signer.ComputeSignature(AccessKey, SecretKey, s.Region, SignedAt, "dynamodb", SigV4Signer.SignedHeadersWithoutToken, Canonical(null, SigV4Signer.SignedHeadersWithoutToken)).ForAuthorizationHeader)
            .ToArray();
        var mismatches = 0;

        Parallel.For(0, 400, i =>
        {
            if (signers[i % 2].Sign(credentials, SignedAt, Host, Target, Body).Authorization != expected[i % 2])
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    private static string Canonical(string? token, string signedHeaders)
    {
        var buffer = new byte[4096];
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Body));
        var length = SigV4Signer.CanonicalRequest(buffer, Host, "20261130T064512Z", token, Target, signedHeaders, hash);
        return Encoding.UTF8.GetString(buffer, 0, length);
    }
}
