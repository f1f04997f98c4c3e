using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using Ardalis.Specification;

namespace Dynamo.Repositories;

/// <summary>
/// Makes an application's own repository interface (<c>IRepository&lt;T&gt; : IRepositoryBase&lt;T&gt;</c>) resolve to
/// <see cref="DynamoRepository{T}"/>: a class deriving from it and declaring the interface is emitted once per
/// interface, so the application writes no adapter. An interface that adds members cannot be served this way.
/// </summary>
internal static class RepositoryInterfaceImplementations
{
    private static readonly Type[] ServedInterfaces =
    [
        typeof(IRepositoryBase<>), typeof(IReadRepositoryBase<>), typeof(IDynamoRepository<>), typeof(IReadDynamoRepository<>),
    ];

    private static readonly ConcurrentDictionary<Type, Type> Emitted = new();
    private static readonly Lock Gate = new();
    private static ModuleBuilder? module;

    /// <summary>Returns the open generic implementation of <paramref name="openInterface"/>, emitting it on first use.</summary>
    /// <exception cref="EntityConfigurationException">The interface is not a public generic interface over the Ardalis or Dynamo repository interfaces only.</exception>
    [RequiresDynamicCode("Emits a class deriving from DynamoRepository<T> that declares the application's interface.")]
    public static Type For(Type openInterface)
    {
        ArgumentNullException.ThrowIfNull(openInterface);
        Check(openInterface);
        lock (Gate)
        {
            return Emitted.GetOrAdd(openInterface, Emit);
        }
    }

    private static void Check(Type type)
    {
        const string Pattern = "For an interface with members of its own, write a custom repository " +
            "(class MyRepository<T>(DynamoContext context) : DynamoRepository<T>(context), IMyRepository<T>) in a scanned assembly.";
        if (!type.IsInterface || !type.IsGenericTypeDefinition || type.GetGenericArguments().Length != 1)
        {
            throw new EntityConfigurationException(
                $"{type.Name} cannot be served as a repository interface: pass an open generic interface with one type parameter, e.g. typeof(IRepository<>).", type);
        }

        if (!type.IsVisible)
        {
            throw new EntityConfigurationException($"{type.Name} must be public to be served by DynamoRepository<T>; make the interface public.", type);
        }

        var foreign = type.GetInterfaces()
            .Where(i => !i.IsGenericType || Array.IndexOf(ServedInterfaces, i.GetGenericTypeDefinition()) < 0)
            .Select(i => i.Name)
            .ToList();
        if (foreign.Count > 0)
        {
            throw new EntityConfigurationException(
                $"{type.Name} extends {string.Join(", ", foreign)}, which DynamoRepository<T> does not implement. {Pattern}", type);
        }

        var declared = type.GetMembers(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static);
        if (declared.Length > 0)
        {
            throw new EntityConfigurationException(
                $"{type.Name} declares members of its own ({string.Join(", ", declared.Select(m => m.Name).Distinct(StringComparer.Ordinal))}), " +
                $"which DynamoRepository<T> cannot implement. {Pattern}",
                type);
        }
    }

    private static Type Emit(Type openInterface)
    {
        module ??= AssemblyBuilder
            .DefineDynamicAssembly(new AssemblyName("Dynamo.Repositories.ApplicationRepositories"), AssemblyBuilderAccess.Run)
            .DefineDynamicModule("Dynamo.Repositories.ApplicationRepositories");
        var name = $"Dynamo.Repositories.ApplicationRepositories.{openInterface.Name.Split('`')[0]}Repository{Emitted.Count}";
        var builder = module.DefineType(name, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
        var source = openInterface.GetGenericArguments()[0];
        var parameter = builder.DefineGenericParameters(source.Name)[0];
        parameter.SetGenericParameterAttributes(
            (source.GenericParameterAttributes & GenericParameterAttributes.SpecialConstraintMask) | GenericParameterAttributes.ReferenceTypeConstraint);
        var constraints = source.GetGenericParameterConstraints();
        if (Array.Exists(constraints, c => c.ContainsGenericParameters))
        {
            throw new EntityConfigurationException(
                $"{openInterface.Name}: a constraint on {source.Name} that refers to a type parameter is not supported; write a custom repository instead.", openInterface);
        }

        parameter.SetInterfaceConstraints([.. constraints.Where(c => c.IsInterface)]);
        if (constraints.FirstOrDefault(c => !c.IsInterface) is { } baseConstraint)
        {
            parameter.SetBaseTypeConstraint(baseConstraint);
        }

        var parent = typeof(DynamoRepository<>).MakeGenericType(parameter);
        builder.SetParent(parent);
        builder.AddInterfaceImplementation(openInterface.MakeGenericType(parameter));
        var baseConstructor = TypeBuilder.GetConstructor(parent, typeof(DynamoRepository<>).GetConstructor([typeof(DynamoContext)])!);
        var constructor = builder.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [typeof(DynamoContext)]);
        var il = constructor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Call, baseConstructor);
        il.Emit(OpCodes.Ret);
        return builder.CreateType();
    }
}
