using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Decider.Benchmarks.EvaluateBenchmarks).Assembly).Run(args);
