// This file implements MemStats and ReadMemStats from the allocator's
// counts. Nothing is freed until the collector lands, so the live heap is
// everything ever allocated and no cycle has run.
package runtime

// A MemStats records statistics about the memory allocator.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func allocStats() (mallocs, bytes uint64)
func sysBytes() uint64

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	*m = MemStats{}
	mallocs, bytes := allocStats()
	sys := sysBytes()
	m.Alloc = bytes
	m.TotalAlloc = bytes
	m.Sys = sys
	m.Mallocs = mallocs
	m.HeapAlloc = bytes
	m.HeapSys = sys
	m.HeapInuse = sys
	m.HeapObjects = mallocs
	m.NextGC = 4 << 20
	m.EnableGC = true
}
