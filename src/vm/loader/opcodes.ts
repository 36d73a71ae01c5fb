// The generic BEAM opcode table (the numbering of OTP's genop.tab), as data.
// This is the single table used by code decoding, the inspector, the
// interpreter's dispatch and its "not implemented" errors.
//
// Each row: "number name operand-count since last;"
//   since: first OTP release whose compiler emits it, for opcodes added in
//          OTP 21 or later; 0 for older opcodes.
//   last:  last OTP release whose compiler emits it: CURRENT when the newest
//          compiler still does, NEVER when no OTP 21+ compiler does.
// Facts from genop.tab (numbers, arities, the '-' obsolete marks) and from
// OTP 25's beam_opcodes module; the release ranges record when the OTP
// compiler switched to the replacing instructions.

/** `last` value of an opcode the newest compiler still emits. */
export var CURRENT = 99;
/** `last` value of an opcode that no OTP 21+ compiler emits. */
export var NEVER = 0;

export interface OpcodeInfo {
    name: string;
    /** number of operands (a list operand counts as one) */
    arity: number;
    /** first OTP release emitting it (0: before OTP 21) */
    since: number;
    /** last OTP release emitting it (CURRENT / NEVER, see above) */
    last: number;
}

// prettier-ignore
/** The rows "number name arity since last;", one string: Espruino keeps it in flash until called
 *  (a table of arrays or objects cost ~2,800 RAM blocks there). */
function table(): string {
    return (
        '1 label 1 0 99;' +
        '2 func_info 3 0 99;' +
        '3 int_code_end 0 0 99;' +
        '4 call 2 0 99;' +
        '5 call_last 3 0 99;' +
        '6 call_only 2 0 99;' +
        '7 call_ext 2 0 99;' +
        '8 call_ext_last 3 0 99;' +
        '9 bif0 2 0 99;' +
        '10 bif1 4 0 99;' +
        '11 bif2 5 0 99;' +
        '12 allocate 2 0 99;' +
        '13 allocate_heap 3 0 99;' +
        '14 allocate_zero 2 0 23;' +  // replaced by allocate + init_yregs in OTP 24
        '15 allocate_heap_zero 3 0 23;' +  // idem
        '16 test_heap 2 0 99;' +
        '17 init 1 0 23;' +  // replaced by init_yregs in OTP 24
        '18 deallocate 1 0 99;' +
        '19 return 0 0 99;' +
        '20 send 0 0 99;' +
        '21 remove_message 0 0 99;' +
        '22 timeout 0 0 99;' +
        '23 loop_rec 2 0 99;' +
        '24 loop_rec_end 1 0 99;' +
        '25 wait 1 0 99;' +
        '26 wait_timeout 2 0 99;' +
        '27 m_plus 4 0 0;' +
        '28 m_minus 4 0 0;' +
        '29 m_times 4 0 0;' +
        '30 m_div 4 0 0;' +
        '31 int_div 4 0 0;' +
        '32 int_rem 4 0 0;' +
        '33 int_band 4 0 0;' +
        '34 int_bor 4 0 0;' +
        '35 int_bxor 4 0 0;' +
        '36 int_bsl 4 0 0;' +
        '37 int_bsr 4 0 0;' +
        '38 int_bnot 3 0 0;' +
        '39 is_lt 3 0 99;' +
        '40 is_ge 3 0 99;' +
        '41 is_eq 3 0 99;' +
        '42 is_ne 3 0 99;' +
        '43 is_eq_exact 3 0 99;' +
        '44 is_ne_exact 3 0 99;' +
        '45 is_integer 2 0 99;' +
        '46 is_float 2 0 99;' +
        '47 is_number 2 0 99;' +
        '48 is_atom 2 0 99;' +
        '49 is_pid 2 0 99;' +
        '50 is_reference 2 0 99;' +
        '51 is_port 2 0 99;' +
        '52 is_nil 2 0 99;' +
        '53 is_binary 2 0 99;' +
        '54 is_constant 2 0 0;' +
        '55 is_list 2 0 99;' +
        '56 is_nonempty_list 2 0 99;' +
        '57 is_tuple 2 0 99;' +
        '58 test_arity 3 0 99;' +
        '59 select_val 3 0 99;' +
        '60 select_tuple_arity 3 0 99;' +
        '61 jump 1 0 99;' +
        '62 catch 2 0 99;' +
        '63 catch_end 1 0 99;' +
        '64 move 2 0 99;' +
        '65 get_list 3 0 99;' +
        '66 get_tuple_element 3 0 99;' +
        '67 set_tuple_element 3 0 99;' +  // no longer emitted as of OTP 29
        '68 put_string 3 0 0;' +
        '69 put_list 3 0 99;' +
        '70 put_tuple 2 0 21;' +  // replaced by put_tuple2 in OTP 22
        '71 put 1 0 21;' +  // idem
        '72 badmatch 1 0 99;' +
        '73 if_end 0 0 99;' +
        '74 case_end 1 0 99;' +
        '75 call_fun 1 0 99;' +
        '76 make_fun 3 0 0;' +
        '77 is_function 2 0 99;' +
        '78 call_ext_only 2 0 99;' +
        '79 bs_start_match 2 0 0;' +
        '80 bs_get_integer 5 0 0;' +
        '81 bs_get_float 5 0 0;' +
        '82 bs_get_binary 5 0 0;' +
        '83 bs_skip_bits 4 0 0;' +
        '84 bs_test_tail 2 0 0;' +
        '85 bs_save 1 0 0;' +
        '86 bs_restore 1 0 0;' +
        '87 bs_init 2 0 0;' +
        '88 bs_final 2 0 0;' +
        '89 bs_put_integer 5 0 24;' +  // binary construction: bs_create_bin in OTP 25
        '90 bs_put_binary 5 0 24;' +
        '91 bs_put_float 5 0 24;' +
        '92 bs_put_string 2 0 24;' +
        '93 bs_need_buf 1 0 0;' +
        '94 fclearerror 0 0 23;' +  // not used in OTP 24 and later
        '95 fcheckerror 1 0 23;' +
        '96 fmove 2 0 99;' +
        '97 fconv 2 0 99;' +
        '98 fadd 4 0 99;' +
        '99 fsub 4 0 99;' +
        '100 fmul 4 0 99;' +
        '101 fdiv 4 0 99;' +
        '102 fnegate 3 0 99;' +
        '103 make_fun2 1 0 23;' +  // replaced by make_fun3 in OTP 24
        '104 try 2 0 99;' +
        '105 try_end 1 0 99;' +
        '106 try_case 1 0 99;' +
        '107 try_case_end 1 0 99;' +
        '108 raise 2 0 99;' +
        '109 bs_init2 6 0 24;' +
        '110 bs_bits_to_bytes 3 0 0;' +
        '111 bs_add 5 0 24;' +
        '112 apply 1 0 99;' +
        '113 apply_last 2 0 99;' +
        '114 is_boolean 2 0 99;' +
        '115 is_function2 3 0 99;' +
        '116 bs_start_match2 5 0 21;' +  // binary matching: bs_start_match3 etc. in OTP 22
        '117 bs_get_integer2 7 0 99;' +
        '118 bs_get_float2 7 0 99;' +
        '119 bs_get_binary2 7 0 99;' +
        '120 bs_skip_bits2 5 0 99;' +
        '121 bs_test_tail2 3 0 99;' +
        '122 bs_save2 2 0 21;' +
        '123 bs_restore2 2 0 21;' +
        '124 gc_bif1 5 0 99;' +
        '125 gc_bif2 6 0 99;' +
        '126 bs_final2 2 0 0;' +
        '127 bs_bits_to_bytes2 2 0 0;' +
        '128 put_literal 2 0 0;' +
        '129 is_bitstr 2 0 99;' +
        '130 bs_context_to_binary 1 0 21;' +
        '131 bs_test_unit 3 0 99;' +
        '132 bs_match_string 4 0 99;' +
        '133 bs_init_writable 0 0 99;' +
        '134 bs_append 8 0 24;' +
        '135 bs_private_append 6 0 24;' +
        '136 trim 2 0 99;' +
        '137 bs_init_bits 6 0 24;' +
        '138 bs_get_utf8 5 0 99;' +
        '139 bs_skip_utf8 4 0 99;' +
        '140 bs_get_utf16 5 0 99;' +
        '141 bs_skip_utf16 4 0 99;' +
        '142 bs_get_utf32 5 0 99;' +
        '143 bs_skip_utf32 4 0 99;' +
        '144 bs_utf8_size 3 0 24;' +
        '145 bs_put_utf8 3 0 24;' +
        '146 bs_utf16_size 3 0 24;' +
        '147 bs_put_utf16 3 0 24;' +
        '148 bs_put_utf32 3 0 24;' +
        '149 on_load 0 0 99;' +
        '150 recv_mark 1 0 23;' +  // replaced by recv_marker_* in OTP 24
        '151 recv_set 1 0 23;' +
        '152 gc_bif3 7 0 99;' +
        '153 line 1 0 99;' +
        '154 put_map_assoc 5 0 99;' +
        '155 put_map_exact 5 0 99;' +
        '156 is_map 2 0 99;' +
        '157 has_map_fields 3 0 99;' +
        '158 get_map_elements 3 0 99;' +
        '159 is_tagged_tuple 4 0 99;' +
        '160 build_stacktrace 0 21 99;' +
        '161 raw_raise 0 21 99;' +
        '162 get_hd 2 21 99;' +
        '163 get_tl 2 21 99;' +
        '164 put_tuple2 2 22 99;' +
        '165 bs_get_tail 3 22 99;' +
        '166 bs_start_match3 4 22 99;' +
        '167 bs_get_position 3 22 99;' +
        '168 bs_set_position 2 22 99;' +
        '169 swap 2 23 99;' +
        '170 bs_start_match4 4 23 99;' +
        '171 make_fun3 3 24 99;' +
        '172 init_yregs 1 24 99;' +
        '173 recv_marker_bind 2 24 99;' +
        '174 recv_marker_clear 1 24 99;' +
        '175 recv_marker_reserve 1 24 99;' +
        '176 recv_marker_use 1 24 99;' +
        '177 bs_create_bin 6 25 99;' +
        '178 call_fun2 3 25 99;' +
        '179 nif_start 0 25 99;' +
        '180 badrecord 1 25 99;' +
        '181 update_record 5 26 99;' +
        '182 bs_match 3 26 99;' +
        '183 executable_line 2 27 99;' +
        '184 debug_line 4 28 99;' +
        '185 bif3 6 29 99;'  // OTP 29 (not yet released when written)
    );
}

/** Highest generic opcode number known. */
export var MAX_OPCODE = 185;

// arity of each opcode byte (255: no such opcode), parsed from the table on first use
var arities: Uint8Array | null = null;

/** The row of opcode n split into its five fields, or null when n is not a known opcode. */
function row(n: number): string[] | null {
    if (!(n >= 1 && n <= MAX_OPCODE && n === Math.floor(n))) return null;
    var t = table();
    var p = 0;
    for (var i = 1; i < n; i++) p = t.indexOf(';', p) + 1;
    var r = t.substring(p, t.indexOf(';', p)).split(' ');
    if (+r[0] !== n) throw new Error('opcodes.ts: table row ' + n + ' is out of order');
    return r;
}

/** Operand count of every opcode byte 0..255 (255: no such opcode), parsed from the table once:
 *  the loader's decoder reads it directly, once per instruction. */
export function opcodeArities(): Uint8Array {
    if (arities === null) {
        var t = table();
        var a = new Uint8Array(256);
        for (var k = 0; k < 256; k++) a[k] = 255;
        var p = 0;
        for (var i = 1; i <= MAX_OPCODE; i++) {
            var e = t.indexOf(';', p);
            var r = t.substring(p, e).split(' ');
            if (+r[0] !== i || e < 0) throw new Error('opcodes.ts: table row ' + i + ' is out of order');
            a[i] = +r[2];
            p = e + 1;
        }
        arities = a;
    }
    return arities;
}

/** Operand count of opcode n, or -1 when n is not a known opcode. */
export function opcodeArity(n: number): number {
    var a = opcodeArities();
    return n >= 0 && n <= MAX_OPCODE && n === Math.floor(n) ? (a[n] === 255 ? -1 : a[n]) : -1;
}

/** Opcode n described, or null when n is not a known opcode. */
export function opcodeInfo(n: number): OpcodeInfo | null {
    var r = row(n);
    return r === null ? null : { name: r[1], arity: +r[2], since: +r[3], last: +r[4] };
}

/** Name of opcode n, or "opcode_<n>" when n is not a known opcode. */
export function opcodeName(n: number): string {
    var r = row(n);
    return r === null ? 'opcode_' + n : r[1];
}

/** Looks an opcode up by name; 0 when unknown. (Linear scan: for tools and tests.) */
export function opcodeNumber(name: string): number {
    var t = table();
    var i = t.indexOf(' ' + name + ' ');
    return i < 0 ? 0 : +t.substring(t.lastIndexOf(';', i) + 1, i);
}

/** True when some OTP 21..28 compiler may emit opcode n (the VM must implement it). */
export function isEmittedOpcode(n: number): boolean {
    var info = opcodeInfo(n);
    return info !== null && info.last !== NEVER && info.since <= 28;
}
