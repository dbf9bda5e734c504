using InspectionSuite.Auditing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Shouldly;
using Xunit;

namespace InspectionSuite.HttpApi.Tests;

public sealed class RequestAuditSummaryTests
{
    private static DefaultHttpContext WithParsedForm(Dictionary<string, StringValues> fields, FormFileCollection? files = null)
    {
        var http = new DefaultHttpContext();
        http.Request.ContentType = "application/x-www-form-urlencoded";
        http.Features.Set<IFormFeature>(new FormFeature(new FormCollection(fields, files)));
        return http;
    }

    [Theory]
    [InlineData("Input.Password")]
    [InlineData("password")]
    [InlineData("newPassword")]
    [InlineData("Input.ConfirmPassword")]
    [InlineData("__RequestVerificationToken")]
    [InlineData("refreshToken")]
    [InlineData("secret")]
    [InlineData("twoFactorCode")]
    public void Should_mask_a_secret_field_by_its_exact_name(string field)
    {
        RequestAuditMiddleware.IsSecret(field).ShouldBeTrue();
        RequestAuditMiddleware.Summarize(WithParsedForm(new() { [field] = "hunter2" })).ShouldBe($"{field}=***");
    }

    [Theory]
    [InlineData("Input.Code", "X040")]
    [InlineData("unitCode", "P01")]
    [InlineData("Input.UnitCode", "X041")]
    [InlineData("passwordPolicyNote", "dài 8 ký tự")]
    public void Should_keep_a_field_whose_name_only_contains_a_secret_word(string field, string value)
    {
        RequestAuditMiddleware.IsSecret(field).ShouldBeFalse();
        RequestAuditMiddleware.Summarize(WithParsedForm(new() { [field] = value })).ShouldBe($"{field}={value}");
    }

    [Fact]
    public void Should_name_an_unread_body_by_type_and_length_without_reading_it()
    {
        var http = new DefaultHttpContext();
        http.Request.ContentType = "multipart/form-data; boundary=x";
        http.Request.ContentLength = 33_554_432;
        http.Request.Body = new ThrowingStream();
        RequestAuditMiddleware.Summarize(http).ShouldBe("body=multipart/form-data; boundary=x (33554432 bytes)");
    }

    [Fact]
    public void Should_list_the_files_of_a_form_the_endpoint_parsed()
    {
        var files = new FormFileCollection { new FormFile(Stream.Null, 0, 2048, "files", "bien-ban.pdf") };
        RequestAuditMiddleware.Summarize(WithParsedForm(new() { ["note"] = "QĐ 15" }, files)).ShouldBe("note=QĐ 15; file=bien-ban.pdf (2048 bytes)");
    }

    private sealed class ThrowingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("read");
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => throw new InvalidOperationException("read");
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => throw new InvalidOperationException("read");
    }
}
