package codes

import (
	"fmt"
	"slices"
	"sync"
)

// registry holds every registered code in numeric order.
var registry = buildRegistry(entries1xxTo3xx, entries400To429, entries430To494, entries5xxTo6xx)

// position maps a code number to its index in registry.
var position = func() map[int]int {
	m := make(map[int]int, len(registry))
	for i, c := range registry {
		m[c.Number] = i
	}
	return m
}()

func buildRegistry(parts ...[]Code) []Code {
	all := slices.Concat(parts...)
	slices.SortFunc(all, func(a, b Code) int { return a.Number - b.Number })
	for i := 1; i < len(all); i++ {
		if all[i].Number == all[i-1].Number {
			panic(fmt.Sprintf("codes: %d is defined twice", all[i].Number))
		}
	}
	return all
}

var (
	detailsOnce sync.Once
	detailsList []Details
)

// details holds every code's Details in registry order. It is built on
// first use, in a function rather than at init (a sync.OnceValue variable
// would be built at init): a program that never reads details does not
// link them.
func details() []Details {
	detailsOnce.Do(func() { detailsList = buildDetails() })
	return detailsList
}

func buildDetails() []Details {
	all := slices.Concat(details1xxTo3xx, details400To429, details430To494, details5xxTo6xx)
	out := make([]Details, len(registry))
	for _, d := range all {
		i, ok := position[d.Code]
		if !ok || out[i].Code != 0 {
			panic(fmt.Sprintf("codes: details for %d, which is not registered or has details twice", d.Code))
		}
		out[i] = d
	}
	for i, d := range out {
		if d.Code == 0 {
			panic(fmt.Sprintf("codes: no details for %d", registry[i].Number))
		}
	}
	return out
}

// LookupDetails returns what sipcodes explains of the registered code n.
// Its slices are shared: do not modify them.
func LookupDetails(n int) (Details, bool) {
	i, ok := position[n]
	if !ok {
		return Details{}, false
	}
	return details()[i], true
}

// Lookup returns the registered code n. Its slices are shared: do not modify them.
func Lookup(n int) (Code, bool) {
	i, ok := position[n]
	if !ok {
		return Code{}, false
	}
	return registry[i], true
}

// IsRegistered reports whether n is in the IANA registry.
func IsRegistered(n int) bool {
	_, ok := position[n]
	return ok
}

// Text returns the registered reason phrase of code n, or "" if n is not registered.
func Text(n int) string {
	c, _ := Lookup(n)
	return c.Phrase
}

// All returns every registered code in numeric order.
func All() []Code { return slices.Clone(registry) }

// InClass returns the registered codes of one class in numeric order.
func InClass(class Class) []Code {
	var out []Code
	for _, c := range registry {
		if c.Class() == class {
			out = append(out, c)
		}
	}
	return out
}

// Neighbours returns the registered codes just before and after n in numeric
// order; a side is 0 when there is none.
func Neighbours(n int) (prev, next int) {
	i, found := slices.BinarySearchFunc(registry, n, func(c Code, n int) int { return c.Number - n })
	if i > 0 {
		prev = registry[i-1].Number
	}
	if found {
		i++
	}
	if i < len(registry) {
		next = registry[i].Number
	}
	return prev, next
}
