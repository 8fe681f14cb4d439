;; A multi-literal pre-filter in WebAssembly SIMD, in the manner of Teddy: each literal has a fingerprint,
;; 3 consecutive bytes of it (2 in a set with a literal of 2 bytes) at an offset of its own, and is put in
;; one of 8 buckets. Per fingerprint byte j, two 16-entry tables give, for the low and the high nibble of
;; a byte, the buckets holding a literal whose fingerprint byte j has that nibble. Looking up 16 input
;; bytes at once (i8x16.swizzle) and and-ing the results over j gives, per position, the buckets whose
;; fingerprints may start there; only those candidates are compared with their buckets' literals,
;; exactly, each where it would start.
;;
;; Built into teddy.wasm by scripts/build-wasm.mjs (wabt). src/scan/simd-search.ts writes the tables
;; and literals, copies the bytes in, calls scan2 or scan3 and reads the hits back. The memory is
;; fixed (16 pages, 1 MiB, never grown):
;;
;;   0      6 x 16 bytes: lo0 hi0 lo1 hi1 lo2 hi2 (the nibble tables of fingerprint bytes 0, 1, 2)
;;   96     32 bytes: the candidate masks of the step being verified
;;   128    i32: where the last scan stopped (a position to resume from, or its end)
;;   384    9 x i32: bucket b's literals are entries [start[b], start[b + 1])
;;   512    entries of 32 bytes: prefix, prefix mask, prefix case mask, length, data address, id, and
;;          the offset of the fingerprint in the literal
;;   4096   literal data: per literal its bytes (ASCII letters lower-cased in a case-insensitive set),
;;          then as many case-mask bytes (0x20 where the literal has an ASCII letter, else 0)
;;   32768  hits: pairs of i32 (literal id, position), up to 4096 of them
;;   65536  the input: up to 983,040 - 64 bytes, then at least 64 bytes that are read but never matched
;;
;; A byte x matches a literal's letter l (lower case) in either case exactly when (x | 0x20) == l, so
;; one OR with the case mask and one compare check 4 or 8 bytes at a time.

(module
  (memory (export "memory") 16 16)

  ;; Compares the literals of the buckets in `bits` with the input where they would start if their
  ;; fingerprint is at `p` (each literal's fingerprint is at its own offset in it); appends a hit for each
  ;; that is there, starts in [0, stop) and ends within the input's `n` bytes. `h` is the next hit's byte
  ;; offset in the hit area; returns it after the appended hits.
  (func $verify (param $p i32) (param $bits i32) (param $n i32) (param $stop i32) (param $h i32) (result i32)
    (local $s i32)
    (local $e i32) (local $end i32) (local $q i32) (local $len i32) (local $j i32) (local $d i32)
    (local $at i32)
    (block $done
      (loop $buckets
        (br_if $done (i32.eqz (local.get $bits)))
        (local.set $q (i32.shl (i32.ctz (local.get $bits)) (i32.const 2)))
        (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
        (local.set $e (i32.load offset=384 (local.get $q)))
        (local.set $end (i32.load offset=388 (local.get $q)))
        (block $bucket_done
          (loop $entries
            (br_if $bucket_done (i32.ge_u (local.get $e) (local.get $end)))
            (local.set $q (i32.add (i32.const 512) (i32.shl (local.get $e) (i32.const 5))))
            (local.set $e (i32.add (local.get $e) (i32.const 1)))
            (local.set $len (i32.load offset=12 (local.get $q)))
            ;; Where the literal starts: in [0, stop), ending inside the input.
            (local.set $s (i32.sub (local.get $p) (i32.load offset=24 (local.get $q))))
            (br_if $entries (i32.lt_s (local.get $s) (i32.const 0)))
            (br_if $entries (i32.ge_u (local.get $s) (local.get $stop)))
            (br_if $entries (i32.gt_u (i32.add (local.get $s) (local.get $len)) (local.get $n)))
            ;; Its first 4 bytes (fewer for a shorter literal: the mask keeps those).
            (local.set $at (i32.add (i32.const 65536) (local.get $s)))
            (br_if $entries
              (i32.ne
                (i32.and
                  (i32.or (i32.load (local.get $at)) (i32.load offset=8 (local.get $q)))
                  (i32.load offset=4 (local.get $q)))
                (i32.load (local.get $q))))
            (local.set $d (i32.load offset=16 (local.get $q)))
            (if (i32.gt_u (local.get $len) (i32.const 4))
              (then
                (if (i32.le_u (local.get $len) (i32.const 8))
                  (then
                    ;; Bytes 4 to len: the 4 bytes ending at len (they may overlap the first 4).
                    (local.set $j (i32.sub (local.get $len) (i32.const 4)))
                    (br_if $entries
                      (i32.ne
                        (i32.or
                          (i32.load (i32.add (local.get $at) (local.get $j)))
                          (i32.load (i32.add (i32.add (local.get $d) (local.get $len)) (local.get $j))))
                        (i32.load (i32.add (local.get $d) (local.get $j))))))
                  (else
                    ;; 8 bytes at a time from byte 4, then the 8 bytes ending at len.
                    (local.set $j (i32.const 4))
                    (block $words_done
                      (loop $words
                        (br_if $words_done
                          (i32.ge_u (i32.add (local.get $j) (i32.const 8)) (local.get $len)))
                        (br_if $entries
                          (i64.ne
                            (i64.or
                              (i64.load (i32.add (local.get $at) (local.get $j)))
                              (i64.load (i32.add (i32.add (local.get $d) (local.get $len)) (local.get $j))))
                            (i64.load (i32.add (local.get $d) (local.get $j)))))
                        (local.set $j (i32.add (local.get $j) (i32.const 8)))
                        (br $words)))
                    (local.set $j (i32.sub (local.get $len) (i32.const 8)))
                    (br_if $entries
                      (i64.ne
                        (i64.or
                          (i64.load (i32.add (local.get $at) (local.get $j)))
                          (i64.load (i32.add (i32.add (local.get $d) (local.get $len)) (local.get $j))))
                        (i64.load (i32.add (local.get $d) (local.get $j)))))))))
            (i32.store offset=32768 (local.get $h) (i32.load offset=20 (local.get $q)))
            (i32.store offset=32772 (local.get $h) (local.get $s))
            (local.set $h (i32.add (local.get $h) (i32.const 8)))
            (br $entries)))
        (br $buckets)))
    (local.get $h))

  ;; Verifies the candidates of one step of 32 positions from `i` (their masks stored at 96), positions
  ;; below `to` only. Returns the next hit offset; when the hit area is past `limit` (bytes of hits)
  ;; before a candidate, stores that candidate's position at 128 and returns the offset with its top bit
  ;; set.
  (func $candidates (param $i i32) (param $bits i32) (param $n i32) (param $to i32) (param $stop i32)
    (param $h i32) (param $limit i32) (result i32)
    (local $k i32) (local $p i32)
    (block $done
      (loop $each
        (br_if $done (i32.eqz (local.get $bits)))
        (local.set $k (i32.ctz (local.get $bits)))
        (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
        (local.set $p (i32.add (local.get $i) (local.get $k)))
        (br_if $done (i32.ge_u (local.get $p) (local.get $to)))
        (if (i32.gt_u (local.get $h) (local.get $limit))
          (then
            (i32.store (i32.const 128) (local.get $p))
            (return (i32.or (local.get $h) (i32.const 0x80000000)))))
        (local.set $h
          (call $verify (local.get $p) (i32.load8_u offset=96 (local.get $k)) (local.get $n) (local.get $stop)
            (local.get $h)))
        (br $each)))
    (local.get $h))

  ;; The 32 candidate bits of two blocks' masks (a nonzero byte is a candidate); the masks are stored at 96.
  (func $bits (param $r v128) (param $s v128) (result i32)
    (v128.store (i32.const 96) (local.get $r))
    (v128.store (i32.const 112) (local.get $s))
    (i32.or
      (i8x16.bitmask (i8x16.ne (local.get $r) (v128.const i64x2 0 0)))
      (i32.shl (i8x16.bitmask (i8x16.ne (local.get $s) (v128.const i64x2 0 0))) (i32.const 16))))

  ;; Finds the literals whose fingerprint (3 bytes) is at positions [from, to) of the input's `n`
  ;; bytes and that start in [0, stop). Returns the number of hits written; the position scanned to is
  ;; stored at 128 (`to`, or where a full hit area stopped the scan: call again from there).
  (func (export "scan3") (param $n i32) (param $from i32) (param $to i32) (param $stop i32) (param $limit i32)
    (result i32)
    (local $i i32) (local $h i32) (local $r v128) (local $s v128) (local $c v128) (local $nib v128)
    (local $lo0 v128) (local $hi0 v128) (local $lo1 v128) (local $hi1 v128) (local $lo2 v128) (local $hi2 v128)
    (local.set $lo0 (v128.load (i32.const 0)))
    (local.set $hi0 (v128.load (i32.const 16)))
    (local.set $lo1 (v128.load (i32.const 32)))
    (local.set $hi1 (v128.load (i32.const 48)))
    (local.set $lo2 (v128.load (i32.const 64)))
    (local.set $hi2 (v128.load (i32.const 80)))
    (local.set $nib (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))
    (local.set $i (local.get $from))
    (block $out
      (loop $step
        (br_if $out (i32.ge_u (local.get $i) (local.get $to)))
        ;; Two blocks of 16 positions per step, from i and from i + 16.
        (local.set $c (v128.load offset=65536 (local.get $i)))
        (local.set $r
          (v128.and
            (i8x16.swizzle (local.get $lo0) (v128.and (local.get $c) (local.get $nib)))
            (i8x16.swizzle (local.get $hi0) (v128.and (i16x8.shr_u (local.get $c) (i32.const 4)) (local.get $nib)))))
        (local.set $c (v128.load offset=65537 (local.get $i)))
        (local.set $r
          (v128.and (local.get $r)
          (v128.and
            (i8x16.swizzle (local.get $lo1) (v128.and (local.get $c) (local.get $nib)))
            (i8x16.swizzle (local.get $hi1) (v128.and (i16x8.shr_u (local.get $c) (i32.const 4)) (local.get $nib))))))
        (local.set $c (v128.load offset=65538 (local.get $i)))
        (local.set $r
          (v128.and (local.get $r)
          (v128.and
            (i8x16.swizzle (local.get $lo2) (v128.and (local.get $c) (local.get $nib)))
            (i8x16.swizzle (local.get $hi2) (v128.and (i16x8.shr_u (local.get $c) (i32.const 4)) (local.get $nib))))))
        (local.set $c (v128.load offset=65536 (i32.add (local.get $i) (i32.const 16))))
        (local.set $s
          (v128.and
            (i8x16.swizzle (local.get $lo0) (v128.and (local.get $c) (local.get $nib)))
            (i8x16.swizzle (local.get $hi0) (v128.and (i16x8.shr_u (local.get $c) (i32.const 4)) (local.get $nib)))))
        (local.set $c (v128.load offset=65537 (i32.add (local.get $i) (i32.const 16))))
        (local.set $s
          (v128.and (local.get $s)
          (v128.and
            (i8x16.swizzle (local.get $lo1) (v128.and (local.get $c) (local.get $nib)))
            (i8x16.swizzle (local.get $hi1) (v128.and (i16x8.shr_u (local.get $c) (i32.const 4)) (local.get $nib))))))
        (local.set $c (v128.load offset=65538 (i32.add (local.get $i) (i32.const 16))))
        (local.set $s
          (v128.and (local.get $s)
          (v128.and
            (i8x16.swizzle (local.get $lo2) (v128.and (local.get $c) (local.get $nib)))
            (i8x16.swizzle (local.get $hi2) (v128.and (i16x8.shr_u (local.get $c) (i32.const 4)) (local.get $nib))))))
        (if (v128.any_true (v128.or (local.get $r) (local.get $s)))
          (then
            (local.set $h
              (call $candidates (local.get $i) (call $bits (local.get $r) (local.get $s))
                (local.get $n) (local.get $to) (local.get $stop) (local.get $h) (local.get $limit)))
            (if (i32.lt_s (local.get $h) (i32.const 0))
              (then (return (i32.shr_u (i32.and (local.get $h) (i32.const 0x7fffffff)) (i32.const 3)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 32)))
        (br $step)))
    (i32.store (i32.const 128) (local.get $to))
    (i32.shr_u (local.get $h) (i32.const 3)))

  ;; The same with 2-byte fingerprints (sets with a literal of 2 bytes).
  (func (export "scan2") (param $n i32) (param $from i32) (param $to i32) (param $stop i32) (param $limit i32)
    (result i32)
    (local $i i32) (local $h i32) (local $r v128) (local $s v128) (local $c v128) (local $nib v128)
    (local $lo0 v128) (local $hi0 v128) (local $lo1 v128) (local $hi1 v128)
    (local.set $lo0 (v128.load (i32.const 0)))
    (local.set $hi0 (v128.load (i32.const 16)))
    (local.set $lo1 (v128.load (i32.const 32)))
    (local.set $hi1 (v128.load (i32.const 48)))
    (local.set $nib (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))
    (local.set $i (local.get $from))
    (block $out
      (loop $step
        (br_if $out (i32.ge_u (local.get $i) (local.get $to)))
        ;; Two blocks of 16 positions per step, from i and from i + 16.
        (local.set $c (v128.load offset=65536 (local.get $i)))
        (local.set $r
          (v128.and
            (i8x16.swizzle (local.get $lo0) (v128.and (local.get $c) (local.get $nib)))
            (i8x16.swizzle (local.get $hi0) (v128.and (i16x8.shr_u (local.get $c) (i32.const 4)) (local.get $nib)))))
        (local.set $c (v128.load offset=65537 (local.get $i)))
        (local.set $r
          (v128.and (local.get $r)
          (v128.and
            (i8x16.swizzle (local.get $lo1) (v128.and (local.get $c) (local.get $nib)))
            (i8x16.swizzle (local.get $hi1) (v128.and (i16x8.shr_u (local.get $c) (i32.const 4)) (local.get $nib))))))
        (local.set $c (v128.load offset=65536 (i32.add (local.get $i) (i32.const 16))))
        (local.set $s
          (v128.and
            (i8x16.swizzle (local.get $lo0) (v128.and (local.get $c) (local.get $nib)))
            (i8x16.swizzle (local.get $hi0) (v128.and (i16x8.shr_u (local.get $c) (i32.const 4)) (local.get $nib)))))
        (local.set $c (v128.load offset=65537 (i32.add (local.get $i) (i32.const 16))))
        (local.set $s
          (v128.and (local.get $s)
          (v128.and
            (i8x16.swizzle (local.get $lo1) (v128.and (local.get $c) (local.get $nib)))
            (i8x16.swizzle (local.get $hi1) (v128.and (i16x8.shr_u (local.get $c) (i32.const 4)) (local.get $nib))))))
        (if (v128.any_true (v128.or (local.get $r) (local.get $s)))
          (then
            (local.set $h
              (call $candidates (local.get $i) (call $bits (local.get $r) (local.get $s))
                (local.get $n) (local.get $to) (local.get $stop) (local.get $h) (local.get $limit)))
            (if (i32.lt_s (local.get $h) (i32.const 0))
              (then (return (i32.shr_u (i32.and (local.get $h) (i32.const 0x7fffffff)) (i32.const 3)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 32)))
        (br $step)))
    (i32.store (i32.const 128) (local.get $to))
    (i32.shr_u (local.get $h) (i32.const 3)))
)
