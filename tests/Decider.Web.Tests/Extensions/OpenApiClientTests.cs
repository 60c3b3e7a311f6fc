using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;

namespace Decider.Web.Tests.Extensions;

/// <summary>
/// The OpenAPI document as a client generator and a linter see it, with the npm tools tests/run.sh installs into
/// DECIDER_NPM_TOOLS: it passes redocly's recommended rules, and a TypeScript client generated from it can send
/// answers and read the result of an evaluation from the real app.
/// </summary>
public sealed class OpenApiClientTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("decider-openapi-").FullName;

    private static string Tools => Environment.GetEnvironmentVariable("DECIDER_NPM_TOOLS") is { Length: > 0 } tools && Directory.Exists(Path.Combine(tools, "node_modules"))
        ? tools
        : throw new InvalidOperationException("DECIDER_NPM_TOOLS must name a folder with @redocly/cli, openapi-typescript, openapi-fetch and typescript installed; tests/run.sh installs them.");

    [Fact]
    public async Task Document_PassesRedoclyLintWithoutWarnings()
    {
        var document = await WriteDocumentAsync();

        var (exitCode, output) = await RunAsync(Bin("redocly"), "lint", document);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Your API description is valid", output);
        Assert.DoesNotMatch(@"You have \d+ warning", output);
    }

    [Fact]
    public async Task GeneratedClient_SendsAnswersAndReadsTheEvaluationFromTheRealApp()
    {
        var document = await WriteDocumentAsync();
        var types = Path.Combine(_work, "decider.d.ts");
        var (generated, generateOutput) = await RunAsync(Bin("openapi-typescript"), document, "-o", types);
        Assert.True(generated == 0, generateOutput);
        var schema = await File.ReadAllTextAsync(types);
        Assert.Contains("[key: string]: string | string[] | null;", schema);
        Assert.Contains("rustFit: number;", schema);
        Assert.Contains("verdict: \"current-stack\" | \"go\" | \"optimize-first\" | \"rust-library\" | \"rust-spike\" | \"rust\";", schema);
        Assert.DoesNotContain("answers: Record<string, never>", schema);

        // A typed call the compiler checks against the generated types, then runs against the app. It is compiled
        // next to the tools, so that the compiled module finds openapi-fetch there.
        var run = Path.Combine(Tools, $"roundtrip-{Guid.NewGuid():N}");
        Directory.CreateDirectory(run);
        try
        {
            File.Copy(types, Path.Combine(run, "decider.d.ts"));
            var script = Path.Combine(run, "roundtrip.mts");
            await File.WriteAllTextAsync(script, """
                import createClient from "openapi-fetch";
                import type { paths } from "./decider.js";
                declare const process: { argv: string[] };
                const client = createClient<paths>({ baseUrl: process.argv[2] });
                const { data, error } = await client.POST("/api/v1/evaluate", {
                  body: { answers: { lifespan: "long-lived", workload: "parser", "failure-cost": "high", "performance-needs": ["memory"] } },
                });
                if (error || !data) { throw new Error(JSON.stringify(error)); }
                const need: number = data.need;
                console.log(JSON.stringify({ verdict: data.verdict.id, need, kinds: data.counterfactuals.map(c => c.kind) }));
                """);
            var (checkedCode, checkOutput) = await RunAsync(Bin("tsc"), "--strict", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext",
                "--skipLibCheck", script);
            Assert.True(checkedCode == 0, checkOutput);
            using var app = await AppProcess.StartAsync(new Dictionary<string, string> { ["Decider__DataDirectory"] = Path.Combine(_work, "data") });
            var (ran, result) = await RunAsync("node", Path.ChangeExtension(script, ".mjs"), app.BaseAddress.ToString().TrimEnd('/'));

            Assert.True(ran == 0, result);
            Assert.Matches("""^\{"verdict":"[a-z-]+","need":\d+,"kinds":\[("(action|circumstance)",?)*\]\}$""", result.Trim());
        }
        finally
        {
            Directory.Delete(run, recursive: true);
        }
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private async Task<string> WriteDocumentAsync()
    {
        await using var factory = new DeciderFactory().WithWebHostBuilder(b => b.UseSetting("Decider:PublicBaseUrl", "https://decider.internal"));
        var path = Path.Combine(_work, "openapi.json");
        await File.WriteAllTextAsync(path, await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        return path;
    }

    private static string Bin(string name) => Path.Combine(Tools, "node_modules", ".bin", name);

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Tools };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
