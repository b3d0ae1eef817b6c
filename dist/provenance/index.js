import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__undici_unbundled_js_bbb32741__ from "./undici-unbundled.js";
/******/ var __webpack_modules__ = ({

/***/ 7712:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(5131)
const { safeRe: re, t } = __nccwpck_require__(6102)
const cmp = __nccwpck_require__(9647)
const debug = __nccwpck_require__(1736)
const SemVer = __nccwpck_require__(6644)
const Range = __nccwpck_require__(4535)


/***/ }),

/***/ 4535:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1018)
const cache = new LRU()

const parseOptions = __nccwpck_require__(5131)
const Comparator = __nccwpck_require__(7712)
const debug = __nccwpck_require__(1736)
const SemVer = __nccwpck_require__(6644)
const trimComparatorWhitespace = __nccwpck_require__(3316)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(6102)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(9962)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 6644:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1736)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(9962)
const { safeRe: re, t } = __nccwpck_require__(6102)

const parseOptions = __nccwpck_require__(5131)
const { compareIdentifiers } = __nccwpck_require__(3411)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 3590:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(2080)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 9647:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(273)
const neq = __nccwpck_require__(2991)
const gt = __nccwpck_require__(3740)
const gte = __nccwpck_require__(6297)
const lt = __nccwpck_require__(2115)
const lte = __nccwpck_require__(9824)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 8522:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const parse = __nccwpck_require__(2080)
const { safeRe: re, t } = __nccwpck_require__(6102)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 2237:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 9539:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 1136:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 3496:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(2080)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 273:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 3740:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 6297:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 1999:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 2115:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 9824:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 474:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2430:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 2991:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 2080:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 9629:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 6593:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(2080)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 4018:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(1136)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 1749:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(2237)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 6326:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(4535)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 5783:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(2237)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 7537:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(2080)
const constants = __nccwpck_require__(9962)
const SemVer = __nccwpck_require__(6644)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 3769:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(2080)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 885:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(6102)
const constants = __nccwpck_require__(9962)
const SemVer = __nccwpck_require__(6644)
const identifiers = __nccwpck_require__(3411)
const parse = __nccwpck_require__(2080)
const valid = __nccwpck_require__(3769)
const clean = __nccwpck_require__(3590)
const inc = __nccwpck_require__(1999)
const diff = __nccwpck_require__(3496)
const major = __nccwpck_require__(474)
const minor = __nccwpck_require__(2430)
const patch = __nccwpck_require__(9629)
const prerelease = __nccwpck_require__(6593)
const compare = __nccwpck_require__(1136)
const rcompare = __nccwpck_require__(4018)
const compareLoose = __nccwpck_require__(9539)
const compareBuild = __nccwpck_require__(2237)
const sort = __nccwpck_require__(5783)
const rsort = __nccwpck_require__(1749)
const gt = __nccwpck_require__(3740)
const lt = __nccwpck_require__(2115)
const eq = __nccwpck_require__(273)
const neq = __nccwpck_require__(2991)
const gte = __nccwpck_require__(6297)
const lte = __nccwpck_require__(9824)
const cmp = __nccwpck_require__(9647)
const coerce = __nccwpck_require__(8522)
const truncate = __nccwpck_require__(7537)
const Comparator = __nccwpck_require__(7712)
const Range = __nccwpck_require__(4535)
const satisfies = __nccwpck_require__(6326)
const toComparators = __nccwpck_require__(7583)
const maxSatisfying = __nccwpck_require__(3036)
const minSatisfying = __nccwpck_require__(7534)
const minVersion = __nccwpck_require__(9725)
const validRange = __nccwpck_require__(9282)
const outside = __nccwpck_require__(9955)
const gtr = __nccwpck_require__(2915)
const ltr = __nccwpck_require__(1102)
const intersects = __nccwpck_require__(7116)
const simplifyRange = __nccwpck_require__(6077)
const subset = __nccwpck_require__(1880)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 9962:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1736:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3411:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1018:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 5131:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 6102:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(9962)
const debug = __nccwpck_require__(1736)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 3316:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(9962)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2915:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(9955)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 7116:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(4535)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 1102:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(9955)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3036:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const Range = __nccwpck_require__(4535)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 7534:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const Range = __nccwpck_require__(4535)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 9725:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const Range = __nccwpck_require__(4535)
const gt = __nccwpck_require__(3740)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 9955:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(6644)
const Comparator = __nccwpck_require__(7712)
const { ANY } = Comparator
const Range = __nccwpck_require__(4535)
const satisfies = __nccwpck_require__(6326)
const gt = __nccwpck_require__(3740)
const lt = __nccwpck_require__(2115)
const lte = __nccwpck_require__(9824)
const gte = __nccwpck_require__(6297)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 6077:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(6326)
const compare = __nccwpck_require__(1136)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1880:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(4535)
const Comparator = __nccwpck_require__(7712)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(6326)
const compare = __nccwpck_require__(1136)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 7583:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(4535)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 9282:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(4535)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 8456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toMessageSignatureBundle = toMessageSignatureBundle;
exports.toDSSEBundle = toDSSEBundle;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __nccwpck_require__(9654);
const bundle_1 = __nccwpck_require__(7742);
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
                    digest: options.digest,
                },
                signature: options.signature,
            },
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: toEnvelope(options),
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
function toEnvelope(options) {
    return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)],
    };
}
function toSignature(options) {
    return {
        keyid: options.keyHint || '',
        sig: options.signature,
    };
}
// Verification material
function toVerificationMaterial(options) {
    return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
}
function toKeyContent(options) {
    if (options.certificate) {
        if (options.certificateChain) {
            return {
                $case: 'x509CertificateChain',
                x509CertificateChain: {
                    certificates: [{ rawBytes: options.certificate }],
                },
            };
        }
        else {
            return {
                $case: 'certificate',
                certificate: { rawBytes: options.certificate },
            };
        }
    }
    else {
        return {
            $case: 'publicKey',
            publicKey: {
                hint: options.keyHint || '',
            },
        };
    }
}


/***/ }),

/***/ 7742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
exports.isBundleWithPublicKey = isBundleWithPublicKey;
exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
exports.BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
exports.BUNDLE_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
exports.BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// Type guards for bundle variants.
function isBundleWithCertificateChain(b) {
    return b.verificationMaterial.content.$case === 'x509CertificateChain';
}
function isBundleWithPublicKey(b) {
    return b.verificationMaterial.content.$case === 'publicKey';
}
function isBundleWithMessageSignature(b) {
    return b.content.$case === 'messageSignature';
}
function isBundleWithDsseEnvelope(b) {
    return b.content.$case === 'dsseEnvelope';
}


/***/ }),

/***/ 7714:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ValidationError extends Error {
    fields;
    constructor(message, fields) {
        super(message);
        this.fields = fields;
    }
}
exports.ValidationError = ValidationError;


/***/ }),

/***/ 1040:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var build_1 = __nccwpck_require__(8456);
Object.defineProperty(exports, "toDSSEBundle", ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } }));
Object.defineProperty(exports, "toMessageSignatureBundle", ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } }));
var bundle_1 = __nccwpck_require__(7742);
Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } }));
Object.defineProperty(exports, "isBundleWithCertificateChain", ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } }));
Object.defineProperty(exports, "isBundleWithDsseEnvelope", ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } }));
Object.defineProperty(exports, "isBundleWithMessageSignature", ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } }));
Object.defineProperty(exports, "isBundleWithPublicKey", ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } }));
var error_1 = __nccwpck_require__(7714);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return error_1.ValidationError; } }));
var serialized_1 = __nccwpck_require__(3404);
Object.defineProperty(exports, "bundleFromJSON", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
Object.defineProperty(exports, "bundleToJSON", ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } }));
Object.defineProperty(exports, "envelopeFromJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } }));
Object.defineProperty(exports, "envelopeToJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } }));
var validate_1 = __nccwpck_require__(9352);
Object.defineProperty(exports, "assertBundle", ({ enumerable: true, get: function () { return validate_1.assertBundle; } }));
Object.defineProperty(exports, "assertBundleLatest", ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } }));
Object.defineProperty(exports, "assertBundleV01", ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } }));
Object.defineProperty(exports, "assertBundleV02", ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } }));
Object.defineProperty(exports, "isBundleV01", ({ enumerable: true, get: function () { return validate_1.isBundleV01; } }));


/***/ }),

/***/ 3404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __nccwpck_require__(9654);
const bundle_1 = __nccwpck_require__(7742);
const validate_1 = __nccwpck_require__(9352);
const bundleFromJSON = (obj) => {
    const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
    switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
            (0, validate_1.assertBundleV01)(bundle);
            break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
            (0, validate_1.assertBundleV02)(bundle);
            break;
        default:
            (0, validate_1.assertBundleLatest)(bundle);
            break;
    }
    return bundle;
};
exports.bundleFromJSON = bundleFromJSON;
const bundleToJSON = (bundle) => {
    return protobuf_specs_1.Bundle.toJSON(bundle);
};
exports.bundleToJSON = bundleToJSON;
const envelopeFromJSON = (obj) => {
    return protobuf_specs_1.Envelope.fromJSON(obj);
};
exports.envelopeFromJSON = envelopeFromJSON;
const envelopeToJSON = (envelope) => {
    return protobuf_specs_1.Envelope.toJSON(envelope);
};
exports.envelopeToJSON = envelopeToJSON;


/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertBundle = assertBundle;
exports.assertBundleV01 = assertBundleV01;
exports.isBundleV01 = isBundleV01;
exports.assertBundleV02 = assertBundleV02;
exports.assertBundleLatest = assertBundleLatest;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __nccwpck_require__(7714);
// Performs basic validation of a Sigstore bundle to ensure that all required
// fields are populated. This is not a complete validation of the bundle, but
// rather a check that the bundle is in a valid state to be processed by the
// rest of the code.
function assertBundle(b) {
    const invalidValues = validateBundleBase(b);
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the v0.1 bundle format.
function assertBundleV01(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionPromise(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.1 bundle', invalidValues);
    }
}
// Type guard to determine if Bundle is a v0.1 bundle.
function isBundleV01(b) {
    try {
        assertBundleV01(b);
        return true;
    }
    catch (e) {
        return false;
    }
}
// Asserts that the given bundle conforms to the v0.2 bundle format.
function assertBundleV02(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.2 bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the newest (0.3) bundle format.
function assertBundleLatest(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    invalidValues.push(...validateNoCertificateChain(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
function validateBundleBase(b) {
    const invalidValues = [];
    // Media type validation
    if (b.mediaType === undefined ||
        (!b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) &&
            !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/))) {
        invalidValues.push('mediaType');
    }
    // Content-related validation
    if (b.content === undefined) {
        invalidValues.push('content');
    }
    else {
        switch (b.content.$case) {
            case 'messageSignature':
                if (b.content.messageSignature.messageDigest === undefined) {
                    invalidValues.push('content.messageSignature.messageDigest');
                }
                else {
                    if (b.content.messageSignature.messageDigest.digest.length === 0) {
                        invalidValues.push('content.messageSignature.messageDigest.digest');
                    }
                }
                if (b.content.messageSignature.signature.length === 0) {
                    invalidValues.push('content.messageSignature.signature');
                }
                break;
            case 'dsseEnvelope':
                if (b.content.dsseEnvelope.payload.length === 0) {
                    invalidValues.push('content.dsseEnvelope.payload');
                }
                if (b.content.dsseEnvelope.signatures.length !== 1) {
                    invalidValues.push('content.dsseEnvelope.signatures');
                }
                else {
                    if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                        invalidValues.push('content.dsseEnvelope.signatures[0].sig');
                    }
                }
                break;
        }
    }
    // Verification material-related validation
    if (b.verificationMaterial === undefined) {
        invalidValues.push('verificationMaterial');
    }
    else {
        if (b.verificationMaterial.content === undefined) {
            invalidValues.push('verificationMaterial.content');
        }
        else {
            switch (b.verificationMaterial.content.$case) {
                case 'x509CertificateChain':
                    if (b.verificationMaterial.content.x509CertificateChain.certificates
                        .length === 0) {
                        invalidValues.push('verificationMaterial.content.x509CertificateChain.certificates');
                    }
                    b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                        if (cert.rawBytes.length === 0) {
                            invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                        }
                    });
                    break;
                case 'certificate':
                    if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                        invalidValues.push('verificationMaterial.content.certificate.rawBytes');
                    }
                    break;
            }
        }
        if (b.verificationMaterial.tlogEntries === undefined) {
            invalidValues.push('verificationMaterial.tlogEntries');
        }
        else {
            if (b.verificationMaterial.tlogEntries.length > 0) {
                b.verificationMaterial.tlogEntries.forEach((entry, i) => {
                    if (entry.logId === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
                    }
                    if (entry.kindVersion === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
                    }
                });
            }
        }
    }
    return invalidValues;
}
// Necessary for V01 bundles
function validateInclusionPromise(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionPromise === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
            }
        });
    }
    return invalidValues;
}
// Necessary for V02 and later bundles
function validateInclusionProof(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionProof === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
            }
            else {
                if (entry.inclusionProof.checkpoint === undefined) {
                    invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
                }
            }
        });
    }
    return invalidValues;
}
// Necessary for V03 and later bundles
function validateNoCertificateChain(b) {
    const invalidValues = [];
    /* istanbul ignore next */
    if (b.verificationMaterial?.content?.$case === 'x509CertificateChain') {
        invalidValues.push('verificationMaterial.content.$case');
    }
    return invalidValues;
}


/***/ }),

/***/ 1121:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASN1TypeError = exports.ASN1ParseError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ASN1ParseError extends Error {
}
exports.ASN1ParseError = ASN1ParseError;
class ASN1TypeError extends Error {
}
exports.ASN1TypeError = ASN1TypeError;


/***/ }),

/***/ 6027:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASN1Obj = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var obj_1 = __nccwpck_require__(990);
Object.defineProperty(exports, "ASN1Obj", ({ enumerable: true, get: function () { return obj_1.ASN1Obj; } }));


/***/ }),

/***/ 4243:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decodeLength = decodeLength;
exports.encodeLength = encodeLength;
const error_1 = __nccwpck_require__(1121);
// Decodes the length of a DER-encoded ANS.1 element from the supplied stream.
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-encoded-length-and-value-bytes
function decodeLength(stream) {
    const buf = stream.getUint8();
    // If the most significant bit is UNSET the length is just the value of the
    // byte.
    if ((buf & 0x80) === 0x00) {
        return buf;
    }
    // Otherwise, the lower 7 bits of the first byte indicate the number of bytes
    // that follow to encode the length.
    const byteCount = buf & 0x7f;
    // Ensure the encoded length can safely fit in a JS number.
    if (byteCount > 6) {
        throw new error_1.ASN1ParseError('length exceeds 6 byte limit');
    }
    // Iterate over the bytes that encode the length.
    let len = 0;
    for (let i = 0; i < byteCount; i++) {
        const byte = stream.getUint8();
        // The first byte of a multi-byte length must not be zero; a leading zero
        // means the length could have been encoded in fewer bytes (non-minimal).
        if (i === 0 && byte === 0x00) {
            throw new error_1.ASN1ParseError('non-minimal length encoding');
        }
        len = len * 256 + byte;
    }
    // This is a valid ASN.1 length encoding, but we don't support it.
    if (len === 0) {
        throw new error_1.ASN1ParseError('indefinite length encoding not supported');
    }
    // Lengths less than 128 must use the short form; rejecting them here ensures
    // the encoding is minimal (strict DER).
    if (len < 128) {
        throw new error_1.ASN1ParseError('non-minimal length encoding');
    }
    return len;
}
// Translates the supplied value to a DER-encoded length.
function encodeLength(len) {
    if (len < 128) {
        return Buffer.from([len]);
    }
    // Bitwise operations on large numbers are not supported in JS, so we need to
    // use BigInts.
    let val = BigInt(len);
    const bytes = [];
    while (val > 0n) {
        bytes.unshift(Number(val & 255n));
        val = val >> 8n;
    }
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}


/***/ }),

/***/ 990:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASN1Obj = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const stream_1 = __nccwpck_require__(1673);
const error_1 = __nccwpck_require__(1121);
const length_1 = __nccwpck_require__(4243);
const parse_1 = __nccwpck_require__(1044);
const tag_1 = __nccwpck_require__(9343);
class ASN1Obj {
    tag;
    subs;
    value;
    constructor(tag, value, subs) {
        this.tag = tag;
        this.value = value;
        this.subs = subs;
    }
    // Constructs an ASN.1 object from a Buffer of DER-encoded bytes.
    static parseBuffer(buf) {
        const stream = new stream_1.ByteStream(buf);
        const obj = parseStream(stream);
        // Ensure the entire buffer was consumed; trailing data after the top-level
        // object indicates a malformed (or maliciously padded) encoding.
        if (stream.position !== stream.length) {
            throw new error_1.ASN1ParseError('invalid trailing data');
        }
        return obj;
    }
    toDER() {
        const valueStream = new stream_1.ByteStream();
        if (this.subs.length > 0) {
            for (const sub of this.subs) {
                valueStream.appendView(sub.toDER());
            }
        }
        else {
            valueStream.appendView(this.value);
        }
        const value = valueStream.buffer;
        // Concat tag/length/value
        const obj = new stream_1.ByteStream();
        obj.appendChar(this.tag.toDER());
        obj.appendView((0, length_1.encodeLength)(value.length));
        obj.appendView(value);
        return obj.buffer;
    }
    /////////////////////////////////////////////////////////////////////////////
    // Convenience methods for parsing ASN.1 primitives into JS types
    // Returns the ASN.1 object's value as a boolean. Throws an error if the
    // object is not a boolean.
    toBoolean() {
        if (!this.tag.isBoolean()) {
            throw new error_1.ASN1TypeError('not a boolean');
        }
        return (0, parse_1.parseBoolean)(this.value);
    }
    // Returns the ASN.1 object's value as a BigInt. Throws an error if the
    // object is not an integer.
    toInteger() {
        if (!this.tag.isInteger()) {
            throw new error_1.ASN1TypeError('not an integer');
        }
        return (0, parse_1.parseInteger)(this.value);
    }
    // Returns the ASN.1 object's value as an OID string. Throws an error if the
    // object is not an OID.
    toOID() {
        if (!this.tag.isOID()) {
            throw new error_1.ASN1TypeError('not an OID');
        }
        return (0, parse_1.parseOID)(this.value);
    }
    // Returns the ASN.1 object's value as a Date. Throws an error if the object
    // is not either a UTCTime or a GeneralizedTime.
    toDate() {
        switch (true) {
            case this.tag.isUTCTime():
                return (0, parse_1.parseTime)(this.value, true);
            case this.tag.isGeneralizedTime():
                return (0, parse_1.parseTime)(this.value, false);
            default:
                throw new error_1.ASN1TypeError('not a date');
        }
    }
    // Returns the ASN.1 object's value as a number[] where each number is the
    // value of a bit in the bit string. Throws an error if the object is not a
    // bit string.
    toBitString() {
        if (!this.tag.isBitString()) {
            throw new error_1.ASN1TypeError('not a bit string');
        }
        return (0, parse_1.parseBitString)(this.value);
    }
}
exports.ASN1Obj = ASN1Obj;
/////////////////////////////////////////////////////////////////////////////
// Internal stream parsing functions
// Maximum nesting depth for parsed ASN.1 objects. Bounds the mutual recursion
// between parseStream and collectSubs so that deeply nested DER cannot exhaust
// the call stack (denial of service).
const MAX_DEPTH = 100;
function parseStream(stream, depth = 0) {
    if (depth > MAX_DEPTH) {
        throw new error_1.ASN1ParseError('maximum nesting depth exceeded');
    }
    // Parse tag, length, and value from stream
    const tag = new tag_1.ASN1Tag(stream.getUint8());
    const len = (0, length_1.decodeLength)(stream);
    const value = stream.slice(stream.position, len);
    const start = stream.position;
    let subs = [];
    // If the object is constructed, parse its children. Sometimes, children
    // are embedded in OCTESTRING objects, so we need to check those
    // for children as well.
    if (tag.constructed) {
        subs = collectSubs(stream, len, depth);
    }
    else if (tag.isOctetString()) {
        // Attempt to parse children of OCTETSTRING objects. If anything fails,
        // assume the object is not constructed and treat as primitive. This is
        // intentional: it transparently unwraps DER content embedded in an OCTET
        // STRING (e.g. X.509 extnValue, CMS eContent). The error is swallowed
        // because a parse failure simply means the bytes are an opaque primitive
        // value rather than a nested structure.
        try {
            subs = collectSubs(stream, len, depth);
        }
        catch (e) {
            // Fail silently and treat as primitive
        }
    }
    // If there are no children, move stream cursor to the end of the object
    if (subs.length === 0) {
        stream.seek(start + len);
    }
    return new ASN1Obj(tag, value, subs);
}
function collectSubs(stream, len, depth) {
    // Calculate end of object content
    const end = stream.position + len;
    // Make sure there are enough bytes left in the stream. This should never
    // happen, cause it'll get caught when the stream is sliced in parseStream.
    // Leaving as an extra check just in case.
    /* istanbul ignore if */
    if (end > stream.length) {
        throw new error_1.ASN1ParseError('invalid length');
    }
    // Parse all children
    const subs = [];
    while (stream.position < end) {
        subs.push(parseStream(stream, depth + 1));
    }
    // When we're done parsing children, we should be at the end of the object
    if (stream.position !== end) {
        throw new error_1.ASN1ParseError('invalid length');
    }
    return subs;
}


/***/ }),

/***/ 1044:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseInteger = parseInteger;
exports.parseStringASCII = parseStringASCII;
exports.parseTime = parseTime;
exports.parseOID = parseOID;
exports.parseBoolean = parseBoolean;
exports.parseBitString = parseBitString;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __nccwpck_require__(1121);
const RE_TIME_SHORT_YEAR = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
const RE_TIME_LONG_YEAR = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
// Parse a BigInt from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-integer
function parseInteger(buf) {
    let pos = 0;
    const end = buf.length;
    let val = buf[pos];
    const neg = val > 0x7f;
    // Consume any padding bytes
    const pad = neg ? 0xff : 0x00;
    while (val == pad && ++pos < end) {
        val = buf[pos];
    }
    // Calculate remaining bytes to read
    const len = end - pos;
    if (len === 0)
        return BigInt(neg ? -1 : 0);
    // Handle two's complement for negative numbers
    val = neg ? val - 256 : val;
    // Parse remaining bytes
    let n = BigInt(val);
    for (let i = pos + 1; i < end; ++i) {
        n = n * BigInt(256) + BigInt(buf[i]);
    }
    return n;
}
// Parse an ASCII string from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-basic-types#boolean
function parseStringASCII(buf) {
    return buf.toString('ascii');
}
// Parse a Date from the DER-encoded buffer
// https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5.1
function parseTime(buf, shortYear) {
    const timeStr = parseStringASCII(buf);
    // Parse the time string into matches - captured groups start at index 1
    const m = shortYear
        ? RE_TIME_SHORT_YEAR.exec(timeStr)
        : RE_TIME_LONG_YEAR.exec(timeStr);
    if (!m) {
        throw new Error('invalid time');
    }
    // Translate dates with a 2-digit year to 4 digits per the spec
    if (shortYear) {
        let year = Number(m[1]);
        year += year >= 50 ? 1900 : 2000;
        m[1] = year.toString();
    }
    // Translate to ISO8601 format and parse
    return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}
// Parse an OID from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-object-identifier
function parseOID(buf) {
    let pos = 0;
    const end = buf.length;
    // Consume first byte which encodes the first two OID components
    let n = buf[pos++];
    const first = Math.floor(n / 40);
    const second = n % 40;
    let oid = `${first}.${second}`;
    // Consume remaining bytes. Use a BigInt accumulator so that arcs which
    // exceed 32 bits are not silently truncated (a truncated arc could be made
    // to collide with a trusted OID).
    let val = 0n;
    for (; pos < end; ++pos) {
        n = buf[pos];
        val = (val << 7n) + BigInt(n & 0x7f);
        // If the left-most bit is NOT set, then this is the last byte in the
        // sequence and we can add the value to the OID and reset the accumulator
        if ((n & 0x80) === 0) {
            oid += `.${val}`;
            val = 0n;
        }
    }
    return oid;
}
// Parse a boolean from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-basic-types#boolean
function parseBoolean(buf) {
    // DER requires a BOOLEAN to be a single byte that is either 0x00 (false) or
    // 0xff (true). Reject any other (non-canonical) encoding.
    if (buf.length !== 1) {
        throw new error_1.ASN1ParseError('invalid boolean');
    }
    switch (buf[0]) {
        case 0x00:
            return false;
        case 0xff:
            return true;
        default:
            throw new error_1.ASN1ParseError('invalid boolean');
    }
}
// Parse a bit string from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-bit-string
function parseBitString(buf) {
    // First byte tell us how many unused bits are in the last byte
    const unused = buf[0];
    // The number of unused bits must be in the range 0-7.
    if (unused > 7) {
        throw new error_1.ASN1ParseError('invalid bit string');
    }
    const start = 1;
    const end = buf.length;
    const bits = [];
    for (let i = start; i < end; ++i) {
        const byte = buf[i];
        // The skip value is only used for the last byte
        const skip = i === end - 1 ? unused : 0;
        // Iterate over each bit in the byte (most significant first)
        for (let j = 7; j >= skip; --j) {
            // Read the bit and add it to the bit string
            bits.push((byte >> j) & 0x01);
        }
    }
    return bits;
}


/***/ }),

/***/ 9343:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASN1Tag = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __nccwpck_require__(1121);
const UNIVERSAL_TAG = {
    BOOLEAN: 0x01,
    INTEGER: 0x02,
    BIT_STRING: 0x03,
    OCTET_STRING: 0x04,
    OBJECT_IDENTIFIER: 0x06,
    SEQUENCE: 0x10,
    SET: 0x11,
    PRINTABLE_STRING: 0x13,
    UTC_TIME: 0x17,
    GENERALIZED_TIME: 0x18,
};
const TAG_CLASS = {
    UNIVERSAL: 0x00,
    APPLICATION: 0x01,
    CONTEXT_SPECIFIC: 0x02,
    PRIVATE: 0x03,
};
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-encoded-tag-bytes
class ASN1Tag {
    number;
    constructed;
    class;
    constructor(enc) {
        // Bits 0 through 4 are the tag number
        this.number = enc & 0x1f;
        // Bit 5 is the constructed bit
        this.constructed = (enc & 0x20) === 0x20;
        // Bit 6 & 7 are the class
        this.class = enc >> 6;
        if (this.number === 0x1f) {
            throw new error_1.ASN1ParseError('long form tags not supported');
        }
        if (this.class === TAG_CLASS.UNIVERSAL && this.number === 0x00) {
            throw new error_1.ASN1ParseError('unsupported tag 0x00');
        }
    }
    isUniversal() {
        return this.class === TAG_CLASS.UNIVERSAL;
    }
    isContextSpecific(num) {
        const res = this.class === TAG_CLASS.CONTEXT_SPECIFIC;
        return num !== undefined ? res && this.number === num : res;
    }
    isBoolean() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BOOLEAN;
    }
    isInteger() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.INTEGER;
    }
    isBitString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BIT_STRING;
    }
    isOctetString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.OCTET_STRING;
    }
    isOID() {
        return (this.isUniversal() && this.number === UNIVERSAL_TAG.OBJECT_IDENTIFIER);
    }
    isUTCTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.UTC_TIME;
    }
    isGeneralizedTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.GENERALIZED_TIME;
    }
    toDER() {
        return this.number | (this.constructed ? 0x20 : 0x00) | (this.class << 6);
    }
}
exports.ASN1Tag = ASN1Tag;


/***/ }),

/***/ 9368:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createPublicKey = createPublicKey;
exports.digest = digest;
exports.verify = verify;
exports.bufferEqual = bufferEqual;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const crypto_1 = __importDefault(__nccwpck_require__(6982));
function createPublicKey(key, type = 'spki') {
    if (typeof key === 'string') {
        if (key.startsWith('-----')) {
            return crypto_1.default.createPublicKey(key);
        }
        else {
            return crypto_1.default.createPublicKey({
                key: Buffer.from(key, 'base64'),
                format: 'der',
                type: type,
            });
        }
    }
    else {
        return crypto_1.default.createPublicKey({ key, format: 'der', type: type });
    }
}
function digest(algorithm, ...data) {
    const hash = crypto_1.default.createHash(algorithm);
    for (const d of data) {
        hash.update(d);
    }
    return hash.digest();
}
function verify(data, key, signature, algorithm) {
    // The try/catch is to work around an issue in Node 14.x where verify throws
    // an error in some scenarios if the signature is invalid.
    try {
        return crypto_1.default.verify(algorithm, data, key, signature);
    }
    catch (e) {
        /* istanbul ignore next */
        return false;
    }
}
function bufferEqual(a, b) {
    try {
        return crypto_1.default.timingSafeEqual(a, b);
    }
    catch {
        /* istanbul ignore next */
        return false;
    }
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preAuthEncoding = preAuthEncoding;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const PAE_PREFIX = 'DSSEv1';
// DSSE Pre-Authentication Encoding
function preAuthEncoding(payloadType, payload) {
    const typeBytes = Buffer.from(payloadType, 'utf-8');
    return Buffer.concat([
        Buffer.from(`${PAE_PREFIX} ${typeBytes.length} `, 'ascii'),
        typeBytes,
        Buffer.from(` ${payload.length} `, 'ascii'),
        payload,
    ]);
}


/***/ }),

/***/ 2788:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.base64Encode = base64Encode;
exports.base64Decode = base64Decode;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const BASE64_ENCODING = 'base64';
const UTF8_ENCODING = 'utf-8';
function base64Encode(str) {
    return Buffer.from(str, UTF8_ENCODING).toString(BASE64_ENCODING);
}
function base64Decode(str) {
    return Buffer.from(str, BASE64_ENCODING).toString(UTF8_ENCODING);
}


/***/ }),

/***/ 3917:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = exports.ByteStream = exports.RFC3161Timestamp = exports.pem = exports.json = exports.encoding = exports.dsse = exports.crypto = exports.ASN1Obj = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var asn1_1 = __nccwpck_require__(6027);
Object.defineProperty(exports, "ASN1Obj", ({ enumerable: true, get: function () { return asn1_1.ASN1Obj; } }));
exports.crypto = __importStar(__nccwpck_require__(9368));
exports.dsse = __importStar(__nccwpck_require__(9032));
exports.encoding = __importStar(__nccwpck_require__(2788));
exports.json = __importStar(__nccwpck_require__(3327));
exports.pem = __importStar(__nccwpck_require__(1055));
var rfc3161_1 = __nccwpck_require__(994);
Object.defineProperty(exports, "RFC3161Timestamp", ({ enumerable: true, get: function () { return rfc3161_1.RFC3161Timestamp; } }));
var stream_1 = __nccwpck_require__(1673);
Object.defineProperty(exports, "ByteStream", ({ enumerable: true, get: function () { return stream_1.ByteStream; } }));
var x509_1 = __nccwpck_require__(9358);
Object.defineProperty(exports, "EXTENSION_OID_SCT", ({ enumerable: true, get: function () { return x509_1.EXTENSION_OID_SCT; } }));
Object.defineProperty(exports, "X509Certificate", ({ enumerable: true, get: function () { return x509_1.X509Certificate; } }));
Object.defineProperty(exports, "X509SCTExtension", ({ enumerable: true, get: function () { return x509_1.X509SCTExtension; } }));


/***/ }),

/***/ 3327:
/***/ ((__unused_webpack_module, exports) => {


/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.canonicalize = canonicalize;
// JSON canonicalization per https://github.com/cyberphone/json-canonicalization
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function canonicalize(object) {
    let buffer = '';
    if (object === null || typeof object !== 'object' || object.toJSON != null) {
        // Primitives or toJSONable objects
        buffer += JSON.stringify(object);
    }
    else if (Array.isArray(object)) {
        // Array - maintain element order
        buffer += '[';
        let first = true;
        object.forEach((element) => {
            if (!first) {
                buffer += ',';
            }
            first = false;
            // recursive call
            buffer += canonicalize(element);
        });
        buffer += ']';
    }
    else {
        // Object - Sort properties before serializing
        buffer += '{';
        let first = true;
        Object.keys(object)
            .sort()
            .forEach((property) => {
            if (!first) {
                buffer += ',';
            }
            first = false;
            buffer += JSON.stringify(property);
            buffer += ':';
            // recursive call
            buffer += canonicalize(object[property]);
        });
        buffer += '}';
    }
    return buffer;
}


/***/ }),

/***/ 1817:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SHA2_HASH_ALGOS = exports.RSA_SIGNATURE_ALGOS = exports.ECDSA_SIGNATURE_ALGOS = void 0;
exports.ECDSA_SIGNATURE_ALGOS = {
    '1.2.840.10045.4.3.1': 'sha224',
    '1.2.840.10045.4.3.2': 'sha256',
    '1.2.840.10045.4.3.3': 'sha384',
    '1.2.840.10045.4.3.4': 'sha512',
};
exports.RSA_SIGNATURE_ALGOS = {
    '1.2.840.113549.1.1.14': 'sha224',
    '1.2.840.113549.1.1.11': 'sha256',
    '1.2.840.113549.1.1.12': 'sha384',
    '1.2.840.113549.1.1.13': 'sha512',
};
exports.SHA2_HASH_ALGOS = {
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
};


/***/ }),

/***/ 1055:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toDER = toDER;
exports.fromDER = fromDER;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const PEM_HEADER = /-----BEGIN (.*)-----/;
const PEM_FOOTER = /-----END (.*)-----/;
function toDER(certificate) {
    let der = '';
    certificate.split('\n').forEach((line) => {
        if (line.match(PEM_HEADER) || line.match(PEM_FOOTER)) {
            return;
        }
        der += line;
    });
    return Buffer.from(der, 'base64');
}
// Translates a DER-encoded buffer into a PEM-encoded string. Standard PEM
// encoding dictates that each certificate should have a trailing newline after
// the footer.
function fromDER(certificate, type = 'CERTIFICATE') {
    // Base64-encode the certificate.
    const der = certificate.toString('base64');
    // Split the certificate into lines of 64 characters.
    const lines = der.match(/.{1,64}/g) || '';
    return [`-----BEGIN ${type}-----`, ...lines, `-----END ${type}-----`]
        .join('\n')
        .concat('\n');
}


/***/ }),

/***/ 7512:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RFC3161TimestampVerificationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class RFC3161TimestampVerificationError extends Error {
}
exports.RFC3161TimestampVerificationError = RFC3161TimestampVerificationError;


/***/ }),

/***/ 994:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RFC3161Timestamp = void 0;
var timestamp_1 = __nccwpck_require__(2714);
Object.defineProperty(exports, "RFC3161Timestamp", ({ enumerable: true, get: function () { return timestamp_1.RFC3161Timestamp; } }));


/***/ }),

/***/ 2714:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RFC3161Timestamp = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const asn1_1 = __nccwpck_require__(6027);
const crypto = __importStar(__nccwpck_require__(9368));
const oid_1 = __nccwpck_require__(1817);
const error_1 = __nccwpck_require__(7512);
const tstinfo_1 = __nccwpck_require__(2925);
const OID_PKCS9_CONTENT_TYPE_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_PKCS9_CONTENT_TYPE_TSTINFO = '1.2.840.113549.1.9.16.1.4';
const OID_PKCS9_MESSAGE_DIGEST_KEY = '1.2.840.113549.1.9.4';
class RFC3161Timestamp {
    root;
    constructor(asn1) {
        this.root = asn1;
    }
    static parse(der) {
        const asn1 = asn1_1.ASN1Obj.parseBuffer(der);
        return new RFC3161Timestamp(asn1);
    }
    get status() {
        return this.pkiStatusInfoObj.subs[0].toInteger();
    }
    get contentType() {
        return this.contentTypeObj.toOID();
    }
    get eContentType() {
        return this.eContentTypeObj.toOID();
    }
    get signingTime() {
        return this.tstInfo.genTime;
    }
    get signerIssuer() {
        return this.signerSidObj.subs[0].value;
    }
    get signerSerialNumber() {
        return this.signerSidObj.subs[1].value;
    }
    get signerDigestAlgorithm() {
        const oid = this.signerDigestAlgorithmObj.subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
    }
    get signatureAlgorithm() {
        const oid = this.signatureAlgorithmObj.subs[0].toOID();
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
    }
    get signatureValue() {
        return this.signatureValueObj.value;
    }
    get tstInfo() {
        // Need to unpack tstInfo from an OCTET STRING
        return new tstinfo_1.TSTInfo(this.eContentObj.subs[0].subs[0]);
    }
    verify(data, publicKey) {
        if (!this.timeStampTokenObj) {
            throw new error_1.RFC3161TimestampVerificationError('timeStampToken is missing');
        }
        // Check for expected ContentInfo content type
        if (this.contentType !== OID_PKCS9_CONTENT_TYPE_SIGNED_DATA) {
            throw new error_1.RFC3161TimestampVerificationError(`incorrect content type: ${this.contentType}`);
        }
        // Check for expected encapsulated content type
        if (this.eContentType !== OID_PKCS9_CONTENT_TYPE_TSTINFO) {
            throw new error_1.RFC3161TimestampVerificationError(`incorrect encapsulated content type: ${this.eContentType}`);
        }
        // Check that the tstInfo references the correct artifact
        this.tstInfo.verify(data);
        // Check that the signed message digest matches the tstInfo
        this.verifyMessageDigest();
        // Check that the signature is valid for the signed attributes
        this.verifySignature(publicKey);
    }
    verifyMessageDigest() {
        // Check that the tstInfo matches the signed data
        const tstInfoDigest = crypto.digest(this.signerDigestAlgorithm, this.tstInfo.raw);
        const expectedDigest = this.messageDigestAttributeObj.subs[1].subs[0].value;
        if (!crypto.bufferEqual(tstInfoDigest, expectedDigest)) {
            throw new error_1.RFC3161TimestampVerificationError('signed data does not match tstInfo');
        }
    }
    verifySignature(key) {
        // Encode the signed attributes for verification
        const signedAttrs = this.signedAttrsObj.toDER();
        signedAttrs[0] = 0x31; // Change context-specific tag to SET
        // Check that the signature is valid for the signed attributes
        const verified = crypto.verify(signedAttrs, key, this.signatureValue, this.signatureAlgorithm);
        if (!verified) {
            throw new error_1.RFC3161TimestampVerificationError('signature verification failed');
        }
    }
    // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
    get pkiStatusInfoObj() {
        // pkiStatusInfo is the first element of the timestamp response sequence
        return this.root.subs[0];
    }
    // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
    get timeStampTokenObj() {
        // timeStampToken is the first element of the timestamp response sequence
        return this.root.subs[1];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-3
    get contentTypeObj() {
        return this.timeStampTokenObj.subs[0];
    }
    // https://www.rfc-editor.org/rfc/rfc5652#section-3
    get signedDataObj() {
        const obj = this.timeStampTokenObj.subs.find((sub) => sub.tag.isContextSpecific(0x00));
        return obj.subs[0];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
    get encapContentInfoObj() {
        return this.signedDataObj.subs[2];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
    get signerInfosObj() {
        // SignerInfos is the last element of the signed data sequence
        const sd = this.signedDataObj;
        return sd.subs[sd.subs.length - 1];
    }
    // https://www.rfc-editor.org/rfc/rfc5652#section-5.1
    get signerInfoObj() {
        // Only supporting one signer
        return this.signerInfosObj.subs[0];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
    get eContentTypeObj() {
        return this.encapContentInfoObj.subs[0];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
    get eContentObj() {
        return this.encapContentInfoObj.subs[1];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signedAttrsObj() {
        const signedAttrs = this.signerInfoObj.subs.find((sub) => sub.tag.isContextSpecific(0x00));
        return signedAttrs;
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get messageDigestAttributeObj() {
        const messageDigest = this.signedAttrsObj.subs.find((sub) => sub.subs[0].tag.isOID() &&
            sub.subs[0].toOID() === OID_PKCS9_MESSAGE_DIGEST_KEY);
        return messageDigest;
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signerSidObj() {
        return this.signerInfoObj.subs[1];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signerDigestAlgorithmObj() {
        // Signature is the 2nd element of the signerInfoObj object
        return this.signerInfoObj.subs[2];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signatureAlgorithmObj() {
        // Signature is the 4th element of the signerInfoObj object
        return this.signerInfoObj.subs[4];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signatureValueObj() {
        // Signature is the 6th element of the signerInfoObj object
        return this.signerInfoObj.subs[5];
    }
}
exports.RFC3161Timestamp = RFC3161Timestamp;


/***/ }),

/***/ 2925:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TSTInfo = void 0;
const crypto = __importStar(__nccwpck_require__(9368));
const oid_1 = __nccwpck_require__(1817);
const error_1 = __nccwpck_require__(7512);
class TSTInfo {
    root;
    constructor(asn1) {
        this.root = asn1;
    }
    get version() {
        return this.root.subs[0].toInteger();
    }
    get genTime() {
        return this.root.subs[4].toDate();
    }
    get messageImprintHashAlgorithm() {
        const oid = this.messageImprintObj.subs[0].subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
    }
    get messageImprintHashedMessage() {
        return this.messageImprintObj.subs[1].value;
    }
    get raw() {
        return this.root.toDER();
    }
    verify(data) {
        const digest = crypto.digest(this.messageImprintHashAlgorithm, data);
        if (!crypto.bufferEqual(digest, this.messageImprintHashedMessage)) {
            throw new error_1.RFC3161TimestampVerificationError('message imprint does not match artifact');
        }
    }
    // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
    get messageImprintObj() {
        return this.root.subs[2];
    }
}
exports.TSTInfo = TSTInfo;


/***/ }),

/***/ 1673:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ByteStream = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class StreamError extends Error {
}
class ByteStream {
    static BLOCK_SIZE = 1024;
    buf;
    view;
    start = 0;
    constructor(buffer) {
        if (buffer) {
            this.buf = buffer;
            this.view = Buffer.from(buffer);
        }
        else {
            this.buf = Buffer.alloc(0);
            this.view = Buffer.from(this.buf);
        }
    }
    get buffer() {
        return this.view.subarray(0, this.start);
    }
    get length() {
        return this.view.byteLength;
    }
    get position() {
        return this.start;
    }
    seek(position) {
        this.start = position;
    }
    // Returns a Buffer containing the specified number of bytes starting at the
    // given start position.
    slice(start, len) {
        const end = start + len;
        if (end > this.length) {
            throw new StreamError('request past end of buffer');
        }
        return this.view.subarray(start, end);
    }
    appendChar(char) {
        this.ensureCapacity(1);
        this.view[this.start] = char;
        this.start += 1;
    }
    appendUint16(num) {
        this.ensureCapacity(2);
        const value = new Uint16Array([num]);
        const view = new Uint8Array(value.buffer);
        this.view[this.start] = view[1];
        this.view[this.start + 1] = view[0];
        this.start += 2;
    }
    appendUint24(num) {
        this.ensureCapacity(3);
        const value = new Uint32Array([num]);
        const view = new Uint8Array(value.buffer);
        this.view[this.start] = view[2];
        this.view[this.start + 1] = view[1];
        this.view[this.start + 2] = view[0];
        this.start += 3;
    }
    appendView(view) {
        this.ensureCapacity(view.length);
        this.view.set(view, this.start);
        this.start += view.length;
    }
    getBlock(size) {
        if (size <= 0) {
            return Buffer.alloc(0);
        }
        if (this.start + size > this.view.length) {
            throw new Error('request past end of buffer');
        }
        const result = this.view.subarray(this.start, this.start + size);
        this.start += size;
        return result;
    }
    getUint8() {
        return this.getBlock(1)[0];
    }
    getUint16() {
        const block = this.getBlock(2);
        return (block[0] << 8) | block[1];
    }
    ensureCapacity(size) {
        if (this.start + size > this.view.byteLength) {
            const blockSize = ByteStream.BLOCK_SIZE + (size > ByteStream.BLOCK_SIZE ? size : 0);
            this.realloc(this.view.byteLength + blockSize);
        }
    }
    realloc(size) {
        const newArray = Buffer.alloc(size);
        const newView = Buffer.from(newArray);
        // Copy the old buffer into the new one
        newView.set(this.view);
        this.buf = newArray;
        this.view = newView;
    }
}
exports.ByteStream = ByteStream;


/***/ }),

/***/ 3566:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const asn1_1 = __nccwpck_require__(6027);
const crypto = __importStar(__nccwpck_require__(9368));
const oid_1 = __nccwpck_require__(1817);
const pem = __importStar(__nccwpck_require__(1055));
const ext_1 = __nccwpck_require__(6389);
const EXTENSION_OID_SUBJECT_KEY_ID = '2.5.29.14';
const EXTENSION_OID_KEY_USAGE = '2.5.29.15';
const EXTENSION_OID_SUBJECT_ALT_NAME = '2.5.29.17';
const EXTENSION_OID_BASIC_CONSTRAINTS = '2.5.29.19';
const EXTENSION_OID_AUTHORITY_KEY_ID = '2.5.29.35';
exports.EXTENSION_OID_SCT = '1.3.6.1.4.1.11129.2.4.2';
class X509Certificate {
    root;
    constructor(asn1) {
        this.root = asn1;
    }
    static parse(cert) {
        const der = typeof cert === 'string' ? pem.toDER(cert) : cert;
        const asn1 = asn1_1.ASN1Obj.parseBuffer(der);
        return new X509Certificate(asn1);
    }
    get tbsCertificate() {
        return this.tbsCertificateObj;
    }
    get version() {
        // version number is the first element of the version context specific tag
        const ver = this.versionObj.subs[0].toInteger();
        return `v${(ver + BigInt(1)).toString()}`;
    }
    get serialNumber() {
        return this.serialNumberObj.value;
    }
    get notBefore() {
        // notBefore is the first element of the validity sequence
        return this.validityObj.subs[0].toDate();
    }
    get notAfter() {
        // notAfter is the second element of the validity sequence
        return this.validityObj.subs[1].toDate();
    }
    get issuer() {
        return this.issuerObj.value;
    }
    get subject() {
        return this.subjectObj.value;
    }
    get publicKey() {
        return this.subjectPublicKeyInfoObj.toDER();
    }
    get signatureAlgorithm() {
        const oid = this.signatureAlgorithmObj.subs[0].toOID();
        if (oid_1.RSA_SIGNATURE_ALGOS[oid]) {
            return oid_1.RSA_SIGNATURE_ALGOS[oid];
        }
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
    }
    get signatureValue() {
        // Signature value is a bit string, so we need to skip the first byte
        return this.signatureValueObj.value.subarray(1);
    }
    get subjectAltName() {
        const ext = this.extSubjectAltName;
        return ext?.uri || /* istanbul ignore next */ ext?.rfc822Name;
    }
    get extensions() {
        // The extension list is the first (and only) element of the extensions
        // context specific tag
        /* istanbul ignore next */
        const extSeq = this.extensionsObj?.subs[0];
        /* istanbul ignore next */
        return extSeq?.subs || [];
    }
    get extKeyUsage() {
        const ext = this.findExtension(EXTENSION_OID_KEY_USAGE);
        return ext ? new ext_1.X509KeyUsageExtension(ext) : undefined;
    }
    get extBasicConstraints() {
        const ext = this.findExtension(EXTENSION_OID_BASIC_CONSTRAINTS);
        return ext ? new ext_1.X509BasicConstraintsExtension(ext) : undefined;
    }
    get extSubjectAltName() {
        const ext = this.findExtension(EXTENSION_OID_SUBJECT_ALT_NAME);
        return ext ? new ext_1.X509SubjectAlternativeNameExtension(ext) : undefined;
    }
    get extAuthorityKeyID() {
        const ext = this.findExtension(EXTENSION_OID_AUTHORITY_KEY_ID);
        return ext ? new ext_1.X509AuthorityKeyIDExtension(ext) : undefined;
    }
    get extSubjectKeyID() {
        const ext = this.findExtension(EXTENSION_OID_SUBJECT_KEY_ID);
        return ext
            ? new ext_1.X509SubjectKeyIDExtension(ext)
            : /* istanbul ignore next */ undefined;
    }
    get extSCT() {
        const ext = this.findExtension(exports.EXTENSION_OID_SCT);
        return ext ? new ext_1.X509SCTExtension(ext) : undefined;
    }
    get isCA() {
        const ca = this.extBasicConstraints?.isCA || false;
        // If the KeyUsage extension is present, keyCertSign must be set
        /* istanbul ignore else */
        if (this.extKeyUsage) {
            return ca && this.extKeyUsage.keyCertSign;
        }
        // TODO: test coverage for this case
        /* istanbul ignore next */
        return ca;
    }
    extension(oid) {
        const ext = this.findExtension(oid);
        return ext ? new ext_1.X509Extension(ext) : undefined;
    }
    verify(issuerCertificate) {
        // Use the issuer's public key if provided, otherwise use the subject's
        const publicKey = issuerCertificate?.publicKey || this.publicKey;
        const key = crypto.createPublicKey(publicKey);
        return crypto.verify(this.tbsCertificate.toDER(), key, this.signatureValue, this.signatureAlgorithm);
    }
    validForDate(date) {
        return this.notBefore <= date && date <= this.notAfter;
    }
    equals(other) {
        return this.root.toDER().equals(other.root.toDER());
    }
    // Creates a copy of the certificate with a new buffer
    clone() {
        const der = this.root.toDER();
        const clone = Buffer.alloc(der.length);
        der.copy(clone);
        return X509Certificate.parse(clone);
    }
    findExtension(oid) {
        // Find the extension with the given OID. The OID will always be the first
        // element of the extension sequence
        return this.extensions.find((ext) => ext.subs[0].toOID() === oid);
    }
    /////////////////////////////////////////////////////////////////////////////
    // The following properties use the documented x509 structure to locate the
    // desired ASN.1 object
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.1
    get tbsCertificateObj() {
        // tbsCertificate is the first element of the certificate sequence
        return this.root.subs[0];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.2
    get signatureAlgorithmObj() {
        // signatureAlgorithm is the second element of the certificate sequence
        return this.root.subs[1];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.3
    get signatureValueObj() {
        // signatureValue is the third element of the certificate sequence
        return this.root.subs[2];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.1
    get versionObj() {
        // version is the first element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[0];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.2
    get serialNumberObj() {
        // serialNumber is the second element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[1];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.4
    get issuerObj() {
        // issuer is the fourth element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[3];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5
    get validityObj() {
        // version is the fifth element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[4];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.6
    get subjectObj() {
        // subject is the sixth element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[5];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.7
    get subjectPublicKeyInfoObj() {
        // subjectPublicKeyInfo is the seventh element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[6];
    }
    // Extensions can't be located by index because their position varies. Instead,
    // we need to find the extensions context specific tag
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.9
    get extensionsObj() {
        return this.tbsCertificateObj.subs.find((sub) => sub.tag.isContextSpecific(0x03));
    }
}
exports.X509Certificate = X509Certificate;


/***/ }),

/***/ 6389:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.X509SCTExtension = exports.X509SubjectKeyIDExtension = exports.X509AuthorityKeyIDExtension = exports.X509SubjectAlternativeNameExtension = exports.X509KeyUsageExtension = exports.X509BasicConstraintsExtension = exports.X509Extension = void 0;
const stream_1 = __nccwpck_require__(1673);
const sct_1 = __nccwpck_require__(6144);
// https://www.rfc-editor.org/rfc/rfc5280#section-4.1
class X509Extension {
    root;
    constructor(asn1) {
        this.root = asn1;
    }
    get oid() {
        return this.root.subs[0].toOID();
    }
    get critical() {
        // The critical field is optional and will be the second element of the
        // extension sequence if present. Default to false if not present.
        return this.root.subs.length === 3 ? this.root.subs[1].toBoolean() : false;
    }
    get value() {
        return this.extnValueObj.value;
    }
    get valueObj() {
        return this.extnValueObj;
    }
    get extnValueObj() {
        // The extnValue field will be the last element of the extension sequence
        return this.root.subs[this.root.subs.length - 1];
    }
}
exports.X509Extension = X509Extension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.9
class X509BasicConstraintsExtension extends X509Extension {
    get isCA() {
        return this.sequence.subs[0]?.toBoolean() ?? false;
    }
    get pathLenConstraint() {
        return this.sequence.subs.length > 1
            ? this.sequence.subs[1].toInteger()
            : undefined;
    }
    // The extnValue field contains a single sequence wrapping the isCA and
    // pathLenConstraint.
    get sequence() {
        return this.extnValueObj.subs[0];
    }
}
exports.X509BasicConstraintsExtension = X509BasicConstraintsExtension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.3
class X509KeyUsageExtension extends X509Extension {
    get digitalSignature() {
        return this.bitString[0] === 1;
    }
    get keyCertSign() {
        return this.bitString[5] === 1;
    }
    get crlSign() {
        return this.bitString[6] === 1;
    }
    // The extnValue field contains a single bit string which is a bit mask
    // indicating which key usages are enabled.
    get bitString() {
        return this.extnValueObj.subs[0].toBitString();
    }
}
exports.X509KeyUsageExtension = X509KeyUsageExtension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.6
class X509SubjectAlternativeNameExtension extends X509Extension {
    get rfc822Name() {
        return this.findGeneralName(0x01)?.value.toString('ascii');
    }
    get uri() {
        return this.findGeneralName(0x06)?.value.toString('ascii');
    }
    // Retrieve the value of an otherName with the given OID.
    otherName(oid) {
        const otherName = this.findGeneralName(0x00);
        if (otherName === undefined) {
            return undefined;
        }
        // The otherName is a sequence containing an OID and a value.
        // Need to check that the OID matches the one we're looking for.
        const otherNameOID = otherName.subs[0].toOID();
        if (otherNameOID !== oid) {
            return undefined;
        }
        // The otherNameValue is a sequence containing the actual value.
        const otherNameValue = otherName.subs[1];
        return otherNameValue.subs[0].value.toString('ascii');
    }
    findGeneralName(tag) {
        return this.generalNames.find((gn) => gn.tag.isContextSpecific(tag));
    }
    // The extnValue field contains a sequence of GeneralNames.
    get generalNames() {
        return this.extnValueObj.subs[0].subs;
    }
}
exports.X509SubjectAlternativeNameExtension = X509SubjectAlternativeNameExtension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.1
class X509AuthorityKeyIDExtension extends X509Extension {
    get keyIdentifier() {
        return this.findSequenceMember(0x00)?.value;
    }
    findSequenceMember(tag) {
        return this.sequence.subs.find((el) => el.tag.isContextSpecific(tag));
    }
    // The extnValue field contains a single sequence wrapping the keyIdentifier
    get sequence() {
        return this.extnValueObj.subs[0];
    }
}
exports.X509AuthorityKeyIDExtension = X509AuthorityKeyIDExtension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.2
class X509SubjectKeyIDExtension extends X509Extension {
    get keyIdentifier() {
        return this.extnValueObj.subs[0].value;
    }
}
exports.X509SubjectKeyIDExtension = X509SubjectKeyIDExtension;
// https://www.rfc-editor.org/rfc/rfc6962#section-3.3
class X509SCTExtension extends X509Extension {
    constructor(asn1) {
        super(asn1);
    }
    get signedCertificateTimestamps() {
        const buf = this.extnValueObj.subs[0].value;
        const stream = new stream_1.ByteStream(buf);
        // The overall list length is encoded in the first two bytes -- note this
        // is the length of the list in bytes, NOT the number of SCTs in the list
        const end = stream.getUint16() + 2;
        const sctList = [];
        while (stream.position < end) {
            // Read the length of the next SCT
            const sctLength = stream.getUint16();
            // Slice out the bytes for the next SCT and parse it
            const sct = stream.getBlock(sctLength);
            sctList.push(sct_1.SignedCertificateTimestamp.parse(sct));
        }
        if (stream.position !== end) {
            throw new Error('SCT list length does not match actual length');
        }
        return sctList;
    }
}
exports.X509SCTExtension = X509SCTExtension;


/***/ }),

/***/ 9358:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
var cert_1 = __nccwpck_require__(3566);
Object.defineProperty(exports, "EXTENSION_OID_SCT", ({ enumerable: true, get: function () { return cert_1.EXTENSION_OID_SCT; } }));
Object.defineProperty(exports, "X509Certificate", ({ enumerable: true, get: function () { return cert_1.X509Certificate; } }));
var ext_1 = __nccwpck_require__(6389);
Object.defineProperty(exports, "X509SCTExtension", ({ enumerable: true, get: function () { return ext_1.X509SCTExtension; } }));


/***/ }),

/***/ 6144:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SignedCertificateTimestamp = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const crypto = __importStar(__nccwpck_require__(9368));
const stream_1 = __nccwpck_require__(1673);
class SignedCertificateTimestamp {
    version;
    logID;
    timestamp;
    extensions;
    hashAlgorithm;
    signatureAlgorithm;
    signature;
    constructor(options) {
        this.version = options.version;
        this.logID = options.logID;
        this.timestamp = options.timestamp;
        this.extensions = options.extensions;
        this.hashAlgorithm = options.hashAlgorithm;
        this.signatureAlgorithm = options.signatureAlgorithm;
        this.signature = options.signature;
    }
    get datetime() {
        return new Date(Number(this.timestamp.readBigInt64BE()));
    }
    // Returns the hash algorithm used to generate the SCT's signature.
    // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
    get algorithm() {
        switch (this.hashAlgorithm) {
            /* istanbul ignore next */
            case 0:
                return 'none';
            /* istanbul ignore next */
            case 1:
                return 'md5';
            /* istanbul ignore next */
            case 2:
                return 'sha1';
            /* istanbul ignore next */
            case 3:
                return 'sha224';
            case 4:
                return 'sha256';
            /* istanbul ignore next */
            case 5:
                return 'sha384';
            /* istanbul ignore next */
            case 6:
                return 'sha512';
            /* istanbul ignore next */
            default:
                return 'unknown';
        }
    }
    verify(preCert, key) {
        // Assemble the digitally-signed struct (the data over which the signature
        // was generated).
        // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
        const stream = new stream_1.ByteStream();
        stream.appendChar(this.version);
        stream.appendChar(0x00); // SignatureType = certificate_timestamp(0)
        stream.appendView(this.timestamp);
        stream.appendUint16(0x01); // LogEntryType = precert_entry(1)
        stream.appendView(preCert);
        stream.appendUint16(this.extensions.byteLength);
        /* istanbul ignore next - extensions are very uncommon */
        if (this.extensions.byteLength > 0) {
            stream.appendView(this.extensions);
        }
        return crypto.verify(stream.buffer, key, this.signature, this.algorithm);
    }
    // Parses a SignedCertificateTimestamp from a buffer. SCTs are encoded using
    // TLS encoding which means the fields and lengths of most fields are
    // specified as part of the SCT and TLS specs.
    // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
    // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
    static parse(buf) {
        const stream = new stream_1.ByteStream(buf);
        // Version - enum { v1(0), (255) }
        const version = stream.getUint8();
        // Log ID  - struct { opaque key_id[32]; }
        const logID = stream.getBlock(32);
        // Timestamp - uint64
        const timestamp = stream.getBlock(8);
        // Extensions - opaque extensions<0..2^16-1>;
        const extenstionLength = stream.getUint16();
        const extensions = stream.getBlock(extenstionLength);
        // Hash algo - enum { sha256(4), . . . (255) }
        const hashAlgorithm = stream.getUint8();
        // Signature algo - enum { anonymous(0), rsa(1), dsa(2), ecdsa(3), (255) }
        const signatureAlgorithm = stream.getUint8();
        // Signature  - opaque signature<0..2^16-1>;
        const sigLength = stream.getUint16();
        const signature = stream.getBlock(sigLength);
        // Check that we read the entire buffer
        if (stream.position !== buf.length) {
            throw new Error('SCT buffer length mismatch');
        }
        return new SignedCertificateTimestamp({
            version,
            logID,
            timestamp,
            extensions,
            hashAlgorithm,
            signatureAlgorithm,
            signature,
        });
    }
}
exports.SignedCertificateTimestamp = SignedCertificateTimestamp;


/***/ }),

/***/ 7030:
/***/ ((__unused_webpack_module, exports) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: envelope.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Signature = exports.Envelope = void 0;
exports.Envelope = {
    fromJSON(object) {
        return {
            payload: isSet(object.payload) ? Buffer.from(bytesFromBase64(object.payload)) : Buffer.alloc(0),
            payloadType: isSet(object.payloadType) ? globalThis.String(object.payloadType) : "",
            signatures: globalThis.Array.isArray(object?.signatures)
                ? object.signatures.map((e) => exports.Signature.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.payload.length !== 0) {
            obj.payload = base64FromBytes(message.payload);
        }
        if (message.payloadType !== "") {
            obj.payloadType = message.payloadType;
        }
        if (message.signatures?.length) {
            obj.signatures = message.signatures.map((e) => exports.Signature.toJSON(e));
        }
        return obj;
    },
};
exports.Signature = {
    fromJSON(object) {
        return {
            sig: isSet(object.sig) ? Buffer.from(bytesFromBase64(object.sig)) : Buffer.alloc(0),
            keyid: isSet(object.keyid) ? globalThis.String(object.keyid) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.sig.length !== 0) {
            obj.sig = base64FromBytes(message.sig);
        }
        if (message.keyid !== "") {
            obj.keyid = message.keyid;
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5000:
/***/ ((__unused_webpack_module, exports) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: google/protobuf/timestamp.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Timestamp = void 0;
exports.Timestamp = {
    fromJSON(object) {
        return {
            seconds: isSet(object.seconds) ? globalThis.String(object.seconds) : "0",
            nanos: isSet(object.nanos) ? globalThis.Number(object.nanos) : 0,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.seconds !== "0") {
            obj.seconds = message.seconds;
        }
        if (message.nanos !== 0) {
            obj.nanos = Math.round(message.nanos);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 715:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_bundle.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Bundle = exports.VerificationMaterial = exports.TimestampVerificationData = void 0;
/* eslint-disable */
const envelope_1 = __nccwpck_require__(7030);
const sigstore_common_1 = __nccwpck_require__(5334);
const sigstore_rekor_1 = __nccwpck_require__(5204);
exports.TimestampVerificationData = {
    fromJSON(object) {
        return {
            rfc3161Timestamps: globalThis.Array.isArray(object?.rfc3161Timestamps)
                ? object.rfc3161Timestamps.map((e) => sigstore_common_1.RFC3161SignedTimestamp.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.rfc3161Timestamps?.length) {
            obj.rfc3161Timestamps = message.rfc3161Timestamps.map((e) => sigstore_common_1.RFC3161SignedTimestamp.toJSON(e));
        }
        return obj;
    },
};
exports.VerificationMaterial = {
    fromJSON(object) {
        return {
            content: isSet(object.publicKey)
                ? { $case: "publicKey", publicKey: sigstore_common_1.PublicKeyIdentifier.fromJSON(object.publicKey) }
                : isSet(object.x509CertificateChain)
                    ? {
                        $case: "x509CertificateChain",
                        x509CertificateChain: sigstore_common_1.X509CertificateChain.fromJSON(object.x509CertificateChain),
                    }
                    : isSet(object.certificate)
                        ? { $case: "certificate", certificate: sigstore_common_1.X509Certificate.fromJSON(object.certificate) }
                        : undefined,
            tlogEntries: globalThis.Array.isArray(object?.tlogEntries)
                ? object.tlogEntries.map((e) => sigstore_rekor_1.TransparencyLogEntry.fromJSON(e))
                : [],
            timestampVerificationData: isSet(object.timestampVerificationData)
                ? exports.TimestampVerificationData.fromJSON(object.timestampVerificationData)
                : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.content?.$case === "publicKey") {
            obj.publicKey = sigstore_common_1.PublicKeyIdentifier.toJSON(message.content.publicKey);
        }
        else if (message.content?.$case === "x509CertificateChain") {
            obj.x509CertificateChain = sigstore_common_1.X509CertificateChain.toJSON(message.content.x509CertificateChain);
        }
        else if (message.content?.$case === "certificate") {
            obj.certificate = sigstore_common_1.X509Certificate.toJSON(message.content.certificate);
        }
        if (message.tlogEntries?.length) {
            obj.tlogEntries = message.tlogEntries.map((e) => sigstore_rekor_1.TransparencyLogEntry.toJSON(e));
        }
        if (message.timestampVerificationData !== undefined) {
            obj.timestampVerificationData = exports.TimestampVerificationData.toJSON(message.timestampVerificationData);
        }
        return obj;
    },
};
exports.Bundle = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            verificationMaterial: isSet(object.verificationMaterial)
                ? exports.VerificationMaterial.fromJSON(object.verificationMaterial)
                : undefined,
            content: isSet(object.messageSignature)
                ? { $case: "messageSignature", messageSignature: sigstore_common_1.MessageSignature.fromJSON(object.messageSignature) }
                : isSet(object.dsseEnvelope)
                    ? { $case: "dsseEnvelope", dsseEnvelope: envelope_1.Envelope.fromJSON(object.dsseEnvelope) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.verificationMaterial !== undefined) {
            obj.verificationMaterial = exports.VerificationMaterial.toJSON(message.verificationMaterial);
        }
        if (message.content?.$case === "messageSignature") {
            obj.messageSignature = sigstore_common_1.MessageSignature.toJSON(message.content.messageSignature);
        }
        else if (message.content?.$case === "dsseEnvelope") {
            obj.dsseEnvelope = envelope_1.Envelope.toJSON(message.content.dsseEnvelope);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_common.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeRange = exports.X509CertificateChain = exports.SubjectAlternativeName = exports.X509Certificate = exports.DistinguishedName = exports.ObjectIdentifierValuePair = exports.ObjectIdentifier = exports.PublicKeyIdentifier = exports.PublicKey = exports.RFC3161SignedTimestamp = exports.LogId = exports.MessageSignature = exports.HashOutput = exports.SubjectAlternativeNameType = exports.PublicKeyDetails = exports.HashAlgorithm = void 0;
exports.hashAlgorithmFromJSON = hashAlgorithmFromJSON;
exports.hashAlgorithmToJSON = hashAlgorithmToJSON;
exports.publicKeyDetailsFromJSON = publicKeyDetailsFromJSON;
exports.publicKeyDetailsToJSON = publicKeyDetailsToJSON;
exports.subjectAlternativeNameTypeFromJSON = subjectAlternativeNameTypeFromJSON;
exports.subjectAlternativeNameTypeToJSON = subjectAlternativeNameTypeToJSON;
/* eslint-disable */
const timestamp_1 = __nccwpck_require__(5000);
/**
 * Only a subset of the secure hash standard algorithms are supported.
 * See <https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.180-4.pdf> for more
 * details.
 * UNSPECIFIED SHOULD not be used, primary reason for inclusion is to force
 * any proto JSON serialization to emit the used hash algorithm, as default
 * option is to *omit* the default value of an enum (which is the first
 * value, represented by '0'.
 */
var HashAlgorithm;
(function (HashAlgorithm) {
    HashAlgorithm[HashAlgorithm["HASH_ALGORITHM_UNSPECIFIED"] = 0] = "HASH_ALGORITHM_UNSPECIFIED";
    HashAlgorithm[HashAlgorithm["SHA2_256"] = 1] = "SHA2_256";
    HashAlgorithm[HashAlgorithm["SHA2_384"] = 2] = "SHA2_384";
    HashAlgorithm[HashAlgorithm["SHA2_512"] = 3] = "SHA2_512";
    /**
     * SHA3_256 - Used for LMS
     *
     * @deprecated
     */
    HashAlgorithm[HashAlgorithm["SHA3_256"] = 4] = "SHA3_256";
    /**
     * SHA3_384 - Used for LMS
     *
     * @deprecated
     */
    HashAlgorithm[HashAlgorithm["SHA3_384"] = 5] = "SHA3_384";
})(HashAlgorithm || (exports.HashAlgorithm = HashAlgorithm = {}));
function hashAlgorithmFromJSON(object) {
    switch (object) {
        case 0:
        case "HASH_ALGORITHM_UNSPECIFIED":
            return HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED;
        case 1:
        case "SHA2_256":
            return HashAlgorithm.SHA2_256;
        case 2:
        case "SHA2_384":
            return HashAlgorithm.SHA2_384;
        case 3:
        case "SHA2_512":
            return HashAlgorithm.SHA2_512;
        case 4:
        case "SHA3_256":
            return HashAlgorithm.SHA3_256;
        case 5:
        case "SHA3_384":
            return HashAlgorithm.SHA3_384;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum HashAlgorithm");
    }
}
function hashAlgorithmToJSON(object) {
    switch (object) {
        case HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED:
            return "HASH_ALGORITHM_UNSPECIFIED";
        case HashAlgorithm.SHA2_256:
            return "SHA2_256";
        case HashAlgorithm.SHA2_384:
            return "SHA2_384";
        case HashAlgorithm.SHA2_512:
            return "SHA2_512";
        case HashAlgorithm.SHA3_256:
            return "SHA3_256";
        case HashAlgorithm.SHA3_384:
            return "SHA3_384";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum HashAlgorithm");
    }
}
/**
 * Details of a specific public key, capturing the the key encoding method,
 * and signature algorithm.
 *
 * PublicKeyDetails captures the public key/hash algorithm combinations
 * recommended in the Sigstore ecosystem.
 *
 * This is modelled as a linear set as we want to provide a small number of
 * opinionated options instead of allowing every possible permutation.
 *
 * Any changes to this enum MUST be reflected in the algorithm registry.
 *
 * See: <https://github.com/sigstore/architecture-docs/blob/main/algorithm-registry.md>
 *
 * To avoid the possibility of contradicting formats such as PKCS1 with
 * ED25519 the valid permutations are listed as a linear set instead of a
 * cartesian set (i.e one combined variable instead of two, one for encoding
 * and one for the signature algorithm).
 */
var PublicKeyDetails;
(function (PublicKeyDetails) {
    PublicKeyDetails[PublicKeyDetails["PUBLIC_KEY_DETAILS_UNSPECIFIED"] = 0] = "PUBLIC_KEY_DETAILS_UNSPECIFIED";
    /**
     * PKCS1_RSA_PKCS1V5 - RSA
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKCS1_RSA_PKCS1V5"] = 1] = "PKCS1_RSA_PKCS1V5";
    /**
     * PKCS1_RSA_PSS - See RFC8017
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKCS1_RSA_PSS"] = 2] = "PKCS1_RSA_PSS";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V5"] = 3] = "PKIX_RSA_PKCS1V5";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS"] = 4] = "PKIX_RSA_PSS";
    /** PKIX_RSA_PKCS1V15_2048_SHA256 - RSA public key in PKIX format, PKCS#1v1.5 signature */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_2048_SHA256"] = 9] = "PKIX_RSA_PKCS1V15_2048_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_3072_SHA256"] = 10] = "PKIX_RSA_PKCS1V15_3072_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_4096_SHA256"] = 11] = "PKIX_RSA_PKCS1V15_4096_SHA256";
    /** PKIX_RSA_PSS_2048_SHA256 - RSA public key in PKIX format, RSASSA-PSS signature */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_2048_SHA256"] = 16] = "PKIX_RSA_PSS_2048_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_3072_SHA256"] = 17] = "PKIX_RSA_PSS_3072_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_4096_SHA256"] = 18] = "PKIX_RSA_PSS_4096_SHA256";
    /**
     * PKIX_ECDSA_P256_HMAC_SHA_256 - ECDSA
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P256_HMAC_SHA_256"] = 6] = "PKIX_ECDSA_P256_HMAC_SHA_256";
    /** PKIX_ECDSA_P256_SHA_256 - See NIST FIPS 186-4 */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P256_SHA_256"] = 5] = "PKIX_ECDSA_P256_SHA_256";
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P384_SHA_384"] = 12] = "PKIX_ECDSA_P384_SHA_384";
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P521_SHA_512"] = 13] = "PKIX_ECDSA_P521_SHA_512";
    /** PKIX_ED25519 - Ed 25519 */
    PublicKeyDetails[PublicKeyDetails["PKIX_ED25519"] = 7] = "PKIX_ED25519";
    PublicKeyDetails[PublicKeyDetails["PKIX_ED25519_PH"] = 8] = "PKIX_ED25519_PH";
    /**
     * PKIX_ECDSA_P384_SHA_256 - These algorithms are deprecated and should not be used, but they
     * were/are being used by most Sigstore clients implementations.
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P384_SHA_256"] = 19] = "PKIX_ECDSA_P384_SHA_256";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P521_SHA_256"] = 20] = "PKIX_ECDSA_P521_SHA_256";
    /**
     * LMS_SHA256 - LMS and LM-OTS
     *
     * These algorithms are deprecated and should not be used.
     * There are no plans to support SLH-DSA at this time.
     *
     * USER WARNING: LMS and LM-OTS are both stateful signature schemes.
     * Using them correctly requires discretion and careful consideration
     * to ensure that individual secret keys are not used more than once.
     * In addition, LM-OTS is a single-use scheme, meaning that it
     * MUST NOT be used for more than one signature per LM-OTS key.
     * If you cannot maintain these invariants, you MUST NOT use these
     * schemes.
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["LMS_SHA256"] = 14] = "LMS_SHA256";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["LMOTS_SHA256"] = 15] = "LMOTS_SHA256";
    /**
     * ML_DSA_44 - ML-DSA
     *
     * These ML_DSA_44, ML_DSA_65 and ML-DSA_87 algorithms are the pure variants
     * that take data to sign rather than the prehash variants (HashML-DSA), which
     * take digests. While considered quantum-resistant, their usage
     * involves tradeoffs in that signatures and keys are much larger, and
     * this makes deployments more costly.
     *
     * USER WARNING: ML_DSA_44, ML_DSA_65 and ML_DSA_87 are experimental algorithms.
     * In the future they MAY be used by private Sigstore deployments, but
     * they are not yet fully functional. This warning will be removed when
     * these algorithms are widely supported by Sigstore clients and servers,
     * but care should still be taken for production environments.
     *
     * See NIST FIPS 204, RFC 9881 for algorithm identifiers
     */
    PublicKeyDetails[PublicKeyDetails["ML_DSA_44"] = 23] = "ML_DSA_44";
    PublicKeyDetails[PublicKeyDetails["ML_DSA_65"] = 21] = "ML_DSA_65";
    PublicKeyDetails[PublicKeyDetails["ML_DSA_87"] = 22] = "ML_DSA_87";
})(PublicKeyDetails || (exports.PublicKeyDetails = PublicKeyDetails = {}));
function publicKeyDetailsFromJSON(object) {
    switch (object) {
        case 0:
        case "PUBLIC_KEY_DETAILS_UNSPECIFIED":
            return PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED;
        case 1:
        case "PKCS1_RSA_PKCS1V5":
            return PublicKeyDetails.PKCS1_RSA_PKCS1V5;
        case 2:
        case "PKCS1_RSA_PSS":
            return PublicKeyDetails.PKCS1_RSA_PSS;
        case 3:
        case "PKIX_RSA_PKCS1V5":
            return PublicKeyDetails.PKIX_RSA_PKCS1V5;
        case 4:
        case "PKIX_RSA_PSS":
            return PublicKeyDetails.PKIX_RSA_PSS;
        case 9:
        case "PKIX_RSA_PKCS1V15_2048_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256;
        case 10:
        case "PKIX_RSA_PKCS1V15_3072_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256;
        case 11:
        case "PKIX_RSA_PKCS1V15_4096_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256;
        case 16:
        case "PKIX_RSA_PSS_2048_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_2048_SHA256;
        case 17:
        case "PKIX_RSA_PSS_3072_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_3072_SHA256;
        case 18:
        case "PKIX_RSA_PSS_4096_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_4096_SHA256;
        case 6:
        case "PKIX_ECDSA_P256_HMAC_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P256_HMAC_SHA_256;
        case 5:
        case "PKIX_ECDSA_P256_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P256_SHA_256;
        case 12:
        case "PKIX_ECDSA_P384_SHA_384":
            return PublicKeyDetails.PKIX_ECDSA_P384_SHA_384;
        case 13:
        case "PKIX_ECDSA_P521_SHA_512":
            return PublicKeyDetails.PKIX_ECDSA_P521_SHA_512;
        case 7:
        case "PKIX_ED25519":
            return PublicKeyDetails.PKIX_ED25519;
        case 8:
        case "PKIX_ED25519_PH":
            return PublicKeyDetails.PKIX_ED25519_PH;
        case 19:
        case "PKIX_ECDSA_P384_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P384_SHA_256;
        case 20:
        case "PKIX_ECDSA_P521_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P521_SHA_256;
        case 14:
        case "LMS_SHA256":
            return PublicKeyDetails.LMS_SHA256;
        case 15:
        case "LMOTS_SHA256":
            return PublicKeyDetails.LMOTS_SHA256;
        case 23:
        case "ML_DSA_44":
            return PublicKeyDetails.ML_DSA_44;
        case 21:
        case "ML_DSA_65":
            return PublicKeyDetails.ML_DSA_65;
        case 22:
        case "ML_DSA_87":
            return PublicKeyDetails.ML_DSA_87;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum PublicKeyDetails");
    }
}
function publicKeyDetailsToJSON(object) {
    switch (object) {
        case PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED:
            return "PUBLIC_KEY_DETAILS_UNSPECIFIED";
        case PublicKeyDetails.PKCS1_RSA_PKCS1V5:
            return "PKCS1_RSA_PKCS1V5";
        case PublicKeyDetails.PKCS1_RSA_PSS:
            return "PKCS1_RSA_PSS";
        case PublicKeyDetails.PKIX_RSA_PKCS1V5:
            return "PKIX_RSA_PKCS1V5";
        case PublicKeyDetails.PKIX_RSA_PSS:
            return "PKIX_RSA_PSS";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256:
            return "PKIX_RSA_PKCS1V15_2048_SHA256";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256:
            return "PKIX_RSA_PKCS1V15_3072_SHA256";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256:
            return "PKIX_RSA_PKCS1V15_4096_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_2048_SHA256:
            return "PKIX_RSA_PSS_2048_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_3072_SHA256:
            return "PKIX_RSA_PSS_3072_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_4096_SHA256:
            return "PKIX_RSA_PSS_4096_SHA256";
        case PublicKeyDetails.PKIX_ECDSA_P256_HMAC_SHA_256:
            return "PKIX_ECDSA_P256_HMAC_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P256_SHA_256:
            return "PKIX_ECDSA_P256_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P384_SHA_384:
            return "PKIX_ECDSA_P384_SHA_384";
        case PublicKeyDetails.PKIX_ECDSA_P521_SHA_512:
            return "PKIX_ECDSA_P521_SHA_512";
        case PublicKeyDetails.PKIX_ED25519:
            return "PKIX_ED25519";
        case PublicKeyDetails.PKIX_ED25519_PH:
            return "PKIX_ED25519_PH";
        case PublicKeyDetails.PKIX_ECDSA_P384_SHA_256:
            return "PKIX_ECDSA_P384_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P521_SHA_256:
            return "PKIX_ECDSA_P521_SHA_256";
        case PublicKeyDetails.LMS_SHA256:
            return "LMS_SHA256";
        case PublicKeyDetails.LMOTS_SHA256:
            return "LMOTS_SHA256";
        case PublicKeyDetails.ML_DSA_44:
            return "ML_DSA_44";
        case PublicKeyDetails.ML_DSA_65:
            return "ML_DSA_65";
        case PublicKeyDetails.ML_DSA_87:
            return "ML_DSA_87";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum PublicKeyDetails");
    }
}
var SubjectAlternativeNameType;
(function (SubjectAlternativeNameType) {
    SubjectAlternativeNameType[SubjectAlternativeNameType["SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED"] = 0] = "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED";
    SubjectAlternativeNameType[SubjectAlternativeNameType["EMAIL"] = 1] = "EMAIL";
    SubjectAlternativeNameType[SubjectAlternativeNameType["URI"] = 2] = "URI";
    /**
     * OTHER_NAME - OID 1.3.6.1.4.1.57264.1.7
     * See https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md#1361415726417--othername-san
     * for more details.
     */
    SubjectAlternativeNameType[SubjectAlternativeNameType["OTHER_NAME"] = 3] = "OTHER_NAME";
})(SubjectAlternativeNameType || (exports.SubjectAlternativeNameType = SubjectAlternativeNameType = {}));
function subjectAlternativeNameTypeFromJSON(object) {
    switch (object) {
        case 0:
        case "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED":
            return SubjectAlternativeNameType.SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED;
        case 1:
        case "EMAIL":
            return SubjectAlternativeNameType.EMAIL;
        case 2:
        case "URI":
            return SubjectAlternativeNameType.URI;
        case 3:
        case "OTHER_NAME":
            return SubjectAlternativeNameType.OTHER_NAME;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum SubjectAlternativeNameType");
    }
}
function subjectAlternativeNameTypeToJSON(object) {
    switch (object) {
        case SubjectAlternativeNameType.SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED:
            return "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED";
        case SubjectAlternativeNameType.EMAIL:
            return "EMAIL";
        case SubjectAlternativeNameType.URI:
            return "URI";
        case SubjectAlternativeNameType.OTHER_NAME:
            return "OTHER_NAME";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum SubjectAlternativeNameType");
    }
}
exports.HashOutput = {
    fromJSON(object) {
        return {
            algorithm: isSet(object.algorithm) ? hashAlgorithmFromJSON(object.algorithm) : 0,
            digest: isSet(object.digest) ? Buffer.from(bytesFromBase64(object.digest)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.algorithm !== 0) {
            obj.algorithm = hashAlgorithmToJSON(message.algorithm);
        }
        if (message.digest.length !== 0) {
            obj.digest = base64FromBytes(message.digest);
        }
        return obj;
    },
};
exports.MessageSignature = {
    fromJSON(object) {
        return {
            messageDigest: isSet(object.messageDigest) ? exports.HashOutput.fromJSON(object.messageDigest) : undefined,
            signature: isSet(object.signature) ? Buffer.from(bytesFromBase64(object.signature)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.messageDigest !== undefined) {
            obj.messageDigest = exports.HashOutput.toJSON(message.messageDigest);
        }
        if (message.signature.length !== 0) {
            obj.signature = base64FromBytes(message.signature);
        }
        return obj;
    },
};
exports.LogId = {
    fromJSON(object) {
        return { keyId: isSet(object.keyId) ? Buffer.from(bytesFromBase64(object.keyId)) : Buffer.alloc(0) };
    },
    toJSON(message) {
        const obj = {};
        if (message.keyId.length !== 0) {
            obj.keyId = base64FromBytes(message.keyId);
        }
        return obj;
    },
};
exports.RFC3161SignedTimestamp = {
    fromJSON(object) {
        return {
            signedTimestamp: isSet(object.signedTimestamp)
                ? Buffer.from(bytesFromBase64(object.signedTimestamp))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signedTimestamp.length !== 0) {
            obj.signedTimestamp = base64FromBytes(message.signedTimestamp);
        }
        return obj;
    },
};
exports.PublicKey = {
    fromJSON(object) {
        return {
            rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : undefined,
            keyDetails: isSet(object.keyDetails) ? publicKeyDetailsFromJSON(object.keyDetails) : 0,
            validFor: isSet(object.validFor) ? exports.TimeRange.fromJSON(object.validFor) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.rawBytes !== undefined) {
            obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        if (message.keyDetails !== 0) {
            obj.keyDetails = publicKeyDetailsToJSON(message.keyDetails);
        }
        if (message.validFor !== undefined) {
            obj.validFor = exports.TimeRange.toJSON(message.validFor);
        }
        return obj;
    },
};
exports.PublicKeyIdentifier = {
    fromJSON(object) {
        return { hint: isSet(object.hint) ? globalThis.String(object.hint) : "" };
    },
    toJSON(message) {
        const obj = {};
        if (message.hint !== "") {
            obj.hint = message.hint;
        }
        return obj;
    },
};
exports.ObjectIdentifier = {
    fromJSON(object) {
        return { id: globalThis.Array.isArray(object?.id) ? object.id.map((e) => globalThis.Number(e)) : [] };
    },
    toJSON(message) {
        const obj = {};
        if (message.id?.length) {
            obj.id = message.id.map((e) => Math.round(e));
        }
        return obj;
    },
};
exports.ObjectIdentifierValuePair = {
    fromJSON(object) {
        return {
            oid: isSet(object.oid) ? exports.ObjectIdentifier.fromJSON(object.oid) : undefined,
            value: isSet(object.value) ? Buffer.from(bytesFromBase64(object.value)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.oid !== undefined) {
            obj.oid = exports.ObjectIdentifier.toJSON(message.oid);
        }
        if (message.value.length !== 0) {
            obj.value = base64FromBytes(message.value);
        }
        return obj;
    },
};
exports.DistinguishedName = {
    fromJSON(object) {
        return {
            organization: isSet(object.organization) ? globalThis.String(object.organization) : "",
            commonName: isSet(object.commonName) ? globalThis.String(object.commonName) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.organization !== "") {
            obj.organization = message.organization;
        }
        if (message.commonName !== "") {
            obj.commonName = message.commonName;
        }
        return obj;
    },
};
exports.X509Certificate = {
    fromJSON(object) {
        return { rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : Buffer.alloc(0) };
    },
    toJSON(message) {
        const obj = {};
        if (message.rawBytes.length !== 0) {
            obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        return obj;
    },
};
exports.SubjectAlternativeName = {
    fromJSON(object) {
        return {
            type: isSet(object.type) ? subjectAlternativeNameTypeFromJSON(object.type) : 0,
            identity: isSet(object.regexp)
                ? { $case: "regexp", regexp: globalThis.String(object.regexp) }
                : isSet(object.value)
                    ? { $case: "value", value: globalThis.String(object.value) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.type !== 0) {
            obj.type = subjectAlternativeNameTypeToJSON(message.type);
        }
        if (message.identity?.$case === "regexp") {
            obj.regexp = message.identity.regexp;
        }
        else if (message.identity?.$case === "value") {
            obj.value = message.identity.value;
        }
        return obj;
    },
};
exports.X509CertificateChain = {
    fromJSON(object) {
        return {
            certificates: globalThis.Array.isArray(object?.certificates)
                ? object.certificates.map((e) => exports.X509Certificate.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.certificates?.length) {
            obj.certificates = message.certificates.map((e) => exports.X509Certificate.toJSON(e));
        }
        return obj;
    },
};
exports.TimeRange = {
    fromJSON(object) {
        return {
            start: isSet(object.start) ? fromJsonTimestamp(object.start) : undefined,
            end: isSet(object.end) ? fromJsonTimestamp(object.end) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.start !== undefined) {
            obj.start = message.start.toISOString();
        }
        if (message.end !== undefined) {
            obj.end = message.end.toISOString();
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function fromTimestamp(t) {
    let millis = (globalThis.Number(t.seconds) || 0) * 1_000;
    millis += (t.nanos || 0) / 1_000_000;
    return new globalThis.Date(millis);
}
function fromJsonTimestamp(o) {
    if (o instanceof globalThis.Date) {
        return o;
    }
    else if (typeof o === "string") {
        return new globalThis.Date(o);
    }
    else {
        return fromTimestamp(timestamp_1.Timestamp.fromJSON(o));
    }
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_rekor.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TransparencyLogEntry = exports.InclusionPromise = exports.InclusionProof = exports.Checkpoint = exports.KindVersion = void 0;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
exports.KindVersion = {
    fromJSON(object) {
        return {
            kind: isSet(object.kind) ? globalThis.String(object.kind) : "",
            version: isSet(object.version) ? globalThis.String(object.version) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.kind !== "") {
            obj.kind = message.kind;
        }
        if (message.version !== "") {
            obj.version = message.version;
        }
        return obj;
    },
};
exports.Checkpoint = {
    fromJSON(object) {
        return { envelope: isSet(object.envelope) ? globalThis.String(object.envelope) : "" };
    },
    toJSON(message) {
        const obj = {};
        if (message.envelope !== "") {
            obj.envelope = message.envelope;
        }
        return obj;
    },
};
exports.InclusionProof = {
    fromJSON(object) {
        return {
            logIndex: isSet(object.logIndex) ? globalThis.String(object.logIndex) : "0",
            rootHash: isSet(object.rootHash) ? Buffer.from(bytesFromBase64(object.rootHash)) : Buffer.alloc(0),
            treeSize: isSet(object.treeSize) ? globalThis.String(object.treeSize) : "0",
            hashes: globalThis.Array.isArray(object?.hashes)
                ? object.hashes.map((e) => Buffer.from(bytesFromBase64(e)))
                : [],
            checkpoint: isSet(object.checkpoint) ? exports.Checkpoint.fromJSON(object.checkpoint) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.logIndex !== "0") {
            obj.logIndex = message.logIndex;
        }
        if (message.rootHash.length !== 0) {
            obj.rootHash = base64FromBytes(message.rootHash);
        }
        if (message.treeSize !== "0") {
            obj.treeSize = message.treeSize;
        }
        if (message.hashes?.length) {
            obj.hashes = message.hashes.map((e) => base64FromBytes(e));
        }
        if (message.checkpoint !== undefined) {
            obj.checkpoint = exports.Checkpoint.toJSON(message.checkpoint);
        }
        return obj;
    },
};
exports.InclusionPromise = {
    fromJSON(object) {
        return {
            signedEntryTimestamp: isSet(object.signedEntryTimestamp)
                ? Buffer.from(bytesFromBase64(object.signedEntryTimestamp))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signedEntryTimestamp.length !== 0) {
            obj.signedEntryTimestamp = base64FromBytes(message.signedEntryTimestamp);
        }
        return obj;
    },
};
exports.TransparencyLogEntry = {
    fromJSON(object) {
        return {
            logIndex: isSet(object.logIndex) ? globalThis.String(object.logIndex) : "0",
            logId: isSet(object.logId) ? sigstore_common_1.LogId.fromJSON(object.logId) : undefined,
            kindVersion: isSet(object.kindVersion) ? exports.KindVersion.fromJSON(object.kindVersion) : undefined,
            integratedTime: isSet(object.integratedTime) ? globalThis.String(object.integratedTime) : "0",
            inclusionPromise: isSet(object.inclusionPromise) ? exports.InclusionPromise.fromJSON(object.inclusionPromise) : undefined,
            inclusionProof: isSet(object.inclusionProof) ? exports.InclusionProof.fromJSON(object.inclusionProof) : undefined,
            canonicalizedBody: isSet(object.canonicalizedBody)
                ? Buffer.from(bytesFromBase64(object.canonicalizedBody))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.logIndex !== "0") {
            obj.logIndex = message.logIndex;
        }
        if (message.logId !== undefined) {
            obj.logId = sigstore_common_1.LogId.toJSON(message.logId);
        }
        if (message.kindVersion !== undefined) {
            obj.kindVersion = exports.KindVersion.toJSON(message.kindVersion);
        }
        if (message.integratedTime !== "0") {
            obj.integratedTime = message.integratedTime;
        }
        if (message.inclusionPromise !== undefined) {
            obj.inclusionPromise = exports.InclusionPromise.toJSON(message.inclusionPromise);
        }
        if (message.inclusionProof !== undefined) {
            obj.inclusionProof = exports.InclusionProof.toJSON(message.inclusionProof);
        }
        if (message.canonicalizedBody.length !== 0) {
            obj.canonicalizedBody = base64FromBytes(message.canonicalizedBody);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 1997:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_trustroot.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ClientTrustConfig = exports.ServiceConfiguration = exports.Service = exports.SigningConfig = exports.TrustedRoot = exports.CertificateAuthority = exports.TransparencyLogInstance = exports.ServiceSelector = void 0;
exports.serviceSelectorFromJSON = serviceSelectorFromJSON;
exports.serviceSelectorToJSON = serviceSelectorToJSON;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
/**
 * ServiceSelector specifies how a client SHOULD select a set of
 * Services to connect to. A client SHOULD throw an error if
 * the value is SERVICE_SELECTOR_UNDEFINED.
 */
var ServiceSelector;
(function (ServiceSelector) {
    ServiceSelector[ServiceSelector["SERVICE_SELECTOR_UNDEFINED"] = 0] = "SERVICE_SELECTOR_UNDEFINED";
    /**
     * ALL - Clients SHOULD select all Services based on supported API version
     * and validity window.
     */
    ServiceSelector[ServiceSelector["ALL"] = 1] = "ALL";
    /**
     * ANY - Clients SHOULD select one Service based on supported API version
     * and validity window. It is up to the client implementation to
     * decide how to select the Service, e.g. random or round-robin.
     */
    ServiceSelector[ServiceSelector["ANY"] = 2] = "ANY";
    /**
     * EXACT - Clients SHOULD select a specific number of Services based on
     * supported API version and validity window, using the provided
     * `count`. It is up to the client implementation to decide how to
     * select the Service, e.g. random or round-robin.
     */
    ServiceSelector[ServiceSelector["EXACT"] = 3] = "EXACT";
})(ServiceSelector || (exports.ServiceSelector = ServiceSelector = {}));
function serviceSelectorFromJSON(object) {
    switch (object) {
        case 0:
        case "SERVICE_SELECTOR_UNDEFINED":
            return ServiceSelector.SERVICE_SELECTOR_UNDEFINED;
        case 1:
        case "ALL":
            return ServiceSelector.ALL;
        case 2:
        case "ANY":
            return ServiceSelector.ANY;
        case 3:
        case "EXACT":
            return ServiceSelector.EXACT;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum ServiceSelector");
    }
}
function serviceSelectorToJSON(object) {
    switch (object) {
        case ServiceSelector.SERVICE_SELECTOR_UNDEFINED:
            return "SERVICE_SELECTOR_UNDEFINED";
        case ServiceSelector.ALL:
            return "ALL";
        case ServiceSelector.ANY:
            return "ANY";
        case ServiceSelector.EXACT:
            return "EXACT";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum ServiceSelector");
    }
}
exports.TransparencyLogInstance = {
    fromJSON(object) {
        return {
            baseUrl: isSet(object.baseUrl) ? globalThis.String(object.baseUrl) : "",
            hashAlgorithm: isSet(object.hashAlgorithm) ? (0, sigstore_common_1.hashAlgorithmFromJSON)(object.hashAlgorithm) : 0,
            publicKey: isSet(object.publicKey) ? sigstore_common_1.PublicKey.fromJSON(object.publicKey) : undefined,
            logId: isSet(object.logId) ? sigstore_common_1.LogId.fromJSON(object.logId) : undefined,
            checkpointKeyId: isSet(object.checkpointKeyId) ? sigstore_common_1.LogId.fromJSON(object.checkpointKeyId) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.baseUrl !== "") {
            obj.baseUrl = message.baseUrl;
        }
        if (message.hashAlgorithm !== 0) {
            obj.hashAlgorithm = (0, sigstore_common_1.hashAlgorithmToJSON)(message.hashAlgorithm);
        }
        if (message.publicKey !== undefined) {
            obj.publicKey = sigstore_common_1.PublicKey.toJSON(message.publicKey);
        }
        if (message.logId !== undefined) {
            obj.logId = sigstore_common_1.LogId.toJSON(message.logId);
        }
        if (message.checkpointKeyId !== undefined) {
            obj.checkpointKeyId = sigstore_common_1.LogId.toJSON(message.checkpointKeyId);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.CertificateAuthority = {
    fromJSON(object) {
        return {
            subject: isSet(object.subject) ? sigstore_common_1.DistinguishedName.fromJSON(object.subject) : undefined,
            uri: isSet(object.uri) ? globalThis.String(object.uri) : "",
            certChain: isSet(object.certChain) ? sigstore_common_1.X509CertificateChain.fromJSON(object.certChain) : undefined,
            validFor: isSet(object.validFor) ? sigstore_common_1.TimeRange.fromJSON(object.validFor) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.subject !== undefined) {
            obj.subject = sigstore_common_1.DistinguishedName.toJSON(message.subject);
        }
        if (message.uri !== "") {
            obj.uri = message.uri;
        }
        if (message.certChain !== undefined) {
            obj.certChain = sigstore_common_1.X509CertificateChain.toJSON(message.certChain);
        }
        if (message.validFor !== undefined) {
            obj.validFor = sigstore_common_1.TimeRange.toJSON(message.validFor);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.TrustedRoot = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            tlogs: globalThis.Array.isArray(object?.tlogs)
                ? object.tlogs.map((e) => exports.TransparencyLogInstance.fromJSON(e))
                : [],
            certificateAuthorities: globalThis.Array.isArray(object?.certificateAuthorities)
                ? object.certificateAuthorities.map((e) => exports.CertificateAuthority.fromJSON(e))
                : [],
            ctlogs: globalThis.Array.isArray(object?.ctlogs)
                ? object.ctlogs.map((e) => exports.TransparencyLogInstance.fromJSON(e))
                : [],
            timestampAuthorities: globalThis.Array.isArray(object?.timestampAuthorities)
                ? object.timestampAuthorities.map((e) => exports.CertificateAuthority.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.tlogs?.length) {
            obj.tlogs = message.tlogs.map((e) => exports.TransparencyLogInstance.toJSON(e));
        }
        if (message.certificateAuthorities?.length) {
            obj.certificateAuthorities = message.certificateAuthorities.map((e) => exports.CertificateAuthority.toJSON(e));
        }
        if (message.ctlogs?.length) {
            obj.ctlogs = message.ctlogs.map((e) => exports.TransparencyLogInstance.toJSON(e));
        }
        if (message.timestampAuthorities?.length) {
            obj.timestampAuthorities = message.timestampAuthorities.map((e) => exports.CertificateAuthority.toJSON(e));
        }
        return obj;
    },
};
exports.SigningConfig = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            caUrls: globalThis.Array.isArray(object?.caUrls) ? object.caUrls.map((e) => exports.Service.fromJSON(e)) : [],
            oidcUrls: globalThis.Array.isArray(object?.oidcUrls) ? object.oidcUrls.map((e) => exports.Service.fromJSON(e)) : [],
            rekorTlogUrls: globalThis.Array.isArray(object?.rekorTlogUrls)
                ? object.rekorTlogUrls.map((e) => exports.Service.fromJSON(e))
                : [],
            rekorTlogConfig: isSet(object.rekorTlogConfig)
                ? exports.ServiceConfiguration.fromJSON(object.rekorTlogConfig)
                : undefined,
            tsaUrls: globalThis.Array.isArray(object?.tsaUrls) ? object.tsaUrls.map((e) => exports.Service.fromJSON(e)) : [],
            tsaConfig: isSet(object.tsaConfig) ? exports.ServiceConfiguration.fromJSON(object.tsaConfig) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.caUrls?.length) {
            obj.caUrls = message.caUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.oidcUrls?.length) {
            obj.oidcUrls = message.oidcUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.rekorTlogUrls?.length) {
            obj.rekorTlogUrls = message.rekorTlogUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.rekorTlogConfig !== undefined) {
            obj.rekorTlogConfig = exports.ServiceConfiguration.toJSON(message.rekorTlogConfig);
        }
        if (message.tsaUrls?.length) {
            obj.tsaUrls = message.tsaUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.tsaConfig !== undefined) {
            obj.tsaConfig = exports.ServiceConfiguration.toJSON(message.tsaConfig);
        }
        return obj;
    },
};
exports.Service = {
    fromJSON(object) {
        return {
            url: isSet(object.url) ? globalThis.String(object.url) : "",
            majorApiVersion: isSet(object.majorApiVersion) ? globalThis.Number(object.majorApiVersion) : 0,
            validFor: isSet(object.validFor) ? sigstore_common_1.TimeRange.fromJSON(object.validFor) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.url !== "") {
            obj.url = message.url;
        }
        if (message.majorApiVersion !== 0) {
            obj.majorApiVersion = Math.round(message.majorApiVersion);
        }
        if (message.validFor !== undefined) {
            obj.validFor = sigstore_common_1.TimeRange.toJSON(message.validFor);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.ServiceConfiguration = {
    fromJSON(object) {
        return {
            selector: isSet(object.selector) ? serviceSelectorFromJSON(object.selector) : 0,
            count: isSet(object.count) ? globalThis.Number(object.count) : 0,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.selector !== 0) {
            obj.selector = serviceSelectorToJSON(message.selector);
        }
        if (message.count !== 0) {
            obj.count = Math.round(message.count);
        }
        return obj;
    },
};
exports.ClientTrustConfig = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            trustedRoot: isSet(object.trustedRoot) ? exports.TrustedRoot.fromJSON(object.trustedRoot) : undefined,
            signingConfig: isSet(object.signingConfig) ? exports.SigningConfig.fromJSON(object.signingConfig) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.trustedRoot !== undefined) {
            obj.trustedRoot = exports.TrustedRoot.toJSON(message.trustedRoot);
        }
        if (message.signingConfig !== undefined) {
            obj.signingConfig = exports.SigningConfig.toJSON(message.signingConfig);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 9732:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_verification.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Input = exports.Artifact = exports.ArtifactVerificationOptions_ObserverTimestampOptions = exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions = exports.ArtifactVerificationOptions_TimestampAuthorityOptions = exports.ArtifactVerificationOptions_CtlogOptions = exports.ArtifactVerificationOptions_TlogOptions = exports.ArtifactVerificationOptions = exports.PublicKeyIdentities = exports.CertificateIdentities = exports.CertificateIdentity = void 0;
/* eslint-disable */
const sigstore_bundle_1 = __nccwpck_require__(715);
const sigstore_common_1 = __nccwpck_require__(5334);
const sigstore_trustroot_1 = __nccwpck_require__(1997);
exports.CertificateIdentity = {
    fromJSON(object) {
        return {
            issuer: isSet(object.issuer) ? globalThis.String(object.issuer) : "",
            san: isSet(object.san) ? sigstore_common_1.SubjectAlternativeName.fromJSON(object.san) : undefined,
            oids: globalThis.Array.isArray(object?.oids)
                ? object.oids.map((e) => sigstore_common_1.ObjectIdentifierValuePair.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.issuer !== "") {
            obj.issuer = message.issuer;
        }
        if (message.san !== undefined) {
            obj.san = sigstore_common_1.SubjectAlternativeName.toJSON(message.san);
        }
        if (message.oids?.length) {
            obj.oids = message.oids.map((e) => sigstore_common_1.ObjectIdentifierValuePair.toJSON(e));
        }
        return obj;
    },
};
exports.CertificateIdentities = {
    fromJSON(object) {
        return {
            identities: globalThis.Array.isArray(object?.identities)
                ? object.identities.map((e) => exports.CertificateIdentity.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.identities?.length) {
            obj.identities = message.identities.map((e) => exports.CertificateIdentity.toJSON(e));
        }
        return obj;
    },
};
exports.PublicKeyIdentities = {
    fromJSON(object) {
        return {
            publicKeys: globalThis.Array.isArray(object?.publicKeys)
                ? object.publicKeys.map((e) => sigstore_common_1.PublicKey.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.publicKeys?.length) {
            obj.publicKeys = message.publicKeys.map((e) => sigstore_common_1.PublicKey.toJSON(e));
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions = {
    fromJSON(object) {
        return {
            signers: isSet(object.certificateIdentities)
                ? {
                    $case: "certificateIdentities",
                    certificateIdentities: exports.CertificateIdentities.fromJSON(object.certificateIdentities),
                }
                : isSet(object.publicKeys)
                    ? { $case: "publicKeys", publicKeys: exports.PublicKeyIdentities.fromJSON(object.publicKeys) }
                    : undefined,
            tlogOptions: isSet(object.tlogOptions)
                ? exports.ArtifactVerificationOptions_TlogOptions.fromJSON(object.tlogOptions)
                : undefined,
            ctlogOptions: isSet(object.ctlogOptions)
                ? exports.ArtifactVerificationOptions_CtlogOptions.fromJSON(object.ctlogOptions)
                : undefined,
            tsaOptions: isSet(object.tsaOptions)
                ? exports.ArtifactVerificationOptions_TimestampAuthorityOptions.fromJSON(object.tsaOptions)
                : undefined,
            integratedTsOptions: isSet(object.integratedTsOptions)
                ? exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions.fromJSON(object.integratedTsOptions)
                : undefined,
            observerOptions: isSet(object.observerOptions)
                ? exports.ArtifactVerificationOptions_ObserverTimestampOptions.fromJSON(object.observerOptions)
                : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signers?.$case === "certificateIdentities") {
            obj.certificateIdentities = exports.CertificateIdentities.toJSON(message.signers.certificateIdentities);
        }
        else if (message.signers?.$case === "publicKeys") {
            obj.publicKeys = exports.PublicKeyIdentities.toJSON(message.signers.publicKeys);
        }
        if (message.tlogOptions !== undefined) {
            obj.tlogOptions = exports.ArtifactVerificationOptions_TlogOptions.toJSON(message.tlogOptions);
        }
        if (message.ctlogOptions !== undefined) {
            obj.ctlogOptions = exports.ArtifactVerificationOptions_CtlogOptions.toJSON(message.ctlogOptions);
        }
        if (message.tsaOptions !== undefined) {
            obj.tsaOptions = exports.ArtifactVerificationOptions_TimestampAuthorityOptions.toJSON(message.tsaOptions);
        }
        if (message.integratedTsOptions !== undefined) {
            obj.integratedTsOptions = exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions.toJSON(message.integratedTsOptions);
        }
        if (message.observerOptions !== undefined) {
            obj.observerOptions = exports.ArtifactVerificationOptions_ObserverTimestampOptions.toJSON(message.observerOptions);
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TlogOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            performOnlineVerification: isSet(object.performOnlineVerification)
                ? globalThis.Boolean(object.performOnlineVerification)
                : false,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.performOnlineVerification !== false) {
            obj.performOnlineVerification = message.performOnlineVerification;
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_CtlogOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TimestampAuthorityOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_ObserverTimestampOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.Artifact = {
    fromJSON(object) {
        return {
            data: isSet(object.artifactUri)
                ? { $case: "artifactUri", artifactUri: globalThis.String(object.artifactUri) }
                : isSet(object.artifact)
                    ? { $case: "artifact", artifact: Buffer.from(bytesFromBase64(object.artifact)) }
                    : isSet(object.artifactDigest)
                        ? { $case: "artifactDigest", artifactDigest: sigstore_common_1.HashOutput.fromJSON(object.artifactDigest) }
                        : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.data?.$case === "artifactUri") {
            obj.artifactUri = message.data.artifactUri;
        }
        else if (message.data?.$case === "artifact") {
            obj.artifact = base64FromBytes(message.data.artifact);
        }
        else if (message.data?.$case === "artifactDigest") {
            obj.artifactDigest = sigstore_common_1.HashOutput.toJSON(message.data.artifactDigest);
        }
        return obj;
    },
};
exports.Input = {
    fromJSON(object) {
        return {
            artifactTrustRoot: isSet(object.artifactTrustRoot) ? sigstore_trustroot_1.TrustedRoot.fromJSON(object.artifactTrustRoot) : undefined,
            artifactVerificationOptions: isSet(object.artifactVerificationOptions)
                ? exports.ArtifactVerificationOptions.fromJSON(object.artifactVerificationOptions)
                : undefined,
            bundle: isSet(object.bundle) ? sigstore_bundle_1.Bundle.fromJSON(object.bundle) : undefined,
            artifact: isSet(object.artifact) ? exports.Artifact.fromJSON(object.artifact) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.artifactTrustRoot !== undefined) {
            obj.artifactTrustRoot = sigstore_trustroot_1.TrustedRoot.toJSON(message.artifactTrustRoot);
        }
        if (message.artifactVerificationOptions !== undefined) {
            obj.artifactVerificationOptions = exports.ArtifactVerificationOptions.toJSON(message.artifactVerificationOptions);
        }
        if (message.bundle !== undefined) {
            obj.bundle = sigstore_bundle_1.Bundle.toJSON(message.bundle);
        }
        if (message.artifact !== undefined) {
            obj.artifact = exports.Artifact.toJSON(message.artifact);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 9654:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
__exportStar(__nccwpck_require__(7030), exports);
__exportStar(__nccwpck_require__(715), exports);
__exportStar(__nccwpck_require__(5334), exports);
__exportStar(__nccwpck_require__(5204), exports);
__exportStar(__nccwpck_require__(1997), exports);
__exportStar(__nccwpck_require__(9732), exports);


/***/ }),

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 5965:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4644);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2412);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(194);



await (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(() => (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getInputs */ .GP)()));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2412:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ getInputs)
/* harmony export */ });
/* unused harmony exports PREDICATES, ENGINES, GITHUB_ATTESTATION_MODES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4644);
/* harmony import */ var _scs_attestation__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7734);
/* harmony import */ var _scs_oci__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5534);
/* harmony import */ var _scs_signing__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2569);





const PREDICATES = ['slsa', 'sbom', 'vuln', 'custom'];
const ENGINES = ['cosign', 'sigstore'];
/**
 * github-attestation: auto (store with GitHub's attestation API when the
 * bundle is one GitHub accepts; a missing permission is a notice), true (store
 * or fail) or false (never).
 */
const GITHUB_ATTESTATION_MODES = ['auto', 'true', 'false'];
function onlyWith(name, value, kind, chosen) {
    if (value && chosen !== kind) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${name}\` is used only with \`predicate: ${kind}\`; this step has \`predicate: ${chosen}\`.`);
    }
}
function required(name, value, why) {
    if (!value)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${name}\` is required ${why}.`);
    return value;
}
/** Reads and validates every input of action.yml (and only those). */
function getInputs(env = process.env) {
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(env.GITHUB_WORKSPACE || process.cwd());
    const runnerTemp = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(env.RUNNER_TEMP || node_path__WEBPACK_IMPORTED_MODULE_0__.join(workspace, '..', '_temp'));
    const fileOptions = { base: workspace, mustExist: 'file', allowAbsolute: true };
    const subjects = subjectInputs(fileOptions);
    const predicate = predicateInputs(fileOptions);
    const engine = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('engine', ENGINES);
    const cosign = { ...(0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getToolInputs */ .Ax)('cosign'), mirror: (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getUrl */ .ID)('tools-mirror') };
    const sigstore = sigstoreInputs(engine, workspace);
    const oidcIssuer = (0,_scs_signing__WEBPACK_IMPORTED_MODULE_3__/* .requireSecureServiceUrl */ .dg)('oidc-issuer', (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getUrl */ .ID)('oidc-issuer'));
    const registry = registryInputs();
    const githubAttestation = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('github-attestation', GITHUB_ATTESTATION_MODES);
    const createStorageRecord = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)('create-storage-record');
    const perSubject = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)('attestation-per-subject');
    const outputDir = (0,_scs_signing__WEBPACK_IMPORTED_MODULE_3__/* .getOutputDirInput */ .TK)(workspace, runnerTemp, 'provenance');
    const summary = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)('summary');
    const githubToken = githubTokenInput(githubAttestation);
    return {
        subjects,
        predicate,
        engine,
        cosign,
        sigstore,
        oidcIssuer,
        ...registry,
        githubAttestation,
        createStorageRecord,
        perSubject,
        githubToken,
        outputDir,
        summary,
        workspace,
    };
}
/** Subjects: any combination; merged (duplicates listed once) and capped at 1024 later. */
function subjectInputs(fileOptions) {
    const image = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('subject-image', { maxLength: 512 });
    if (image)
        (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .validateImageReference */ .XX)('subject-image', image);
    const platformText = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('platform', { maxLength: 100 });
    if (platformText && !image) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `platform` applies to `subject-image` (the platform manifests of its index), which is not set.');
    }
    const paths = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getList */ .vS)('subject-path');
    for (const pattern of paths) {
        if (pattern.length > 1024)
            throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`subject-path\`: a pattern is ${pattern.length} characters long; at most 1024 are accepted.`);
    }
    const checksums = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)('subject-checksums', fileOptions);
    const digest = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('subject-digest', { maxLength: 80 });
    const name = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('subject-name', { maxLength: 4096 });
    if (digest && !name)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `subject-name` is required with `subject-digest`: it names the artifact the digest is of.');
    if (name && !digest)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `subject-digest` is required with `subject-name` (sha256:<64 hex>).');
    if (digest && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`subject-digest\` must be sha256: followed by 64 lower-case hex characters; got '${digest.slice(0, 80)}'.`);
    }
    // "Nothing to attest" is main's to say: the contract test reads action.yml's defaults, which name no subject.
    return {
        image,
        ...(platformText ? { platform: (0,_scs_oci__WEBPACK_IMPORTED_MODULE_4__/* .parsePlatformSelector */ .o_)('platform', platformText) } : {}),
        paths,
        checksums,
        digest,
        name,
    };
}
/**
 * `predicate` is a kind (slsa, sbom, vuln, custom) or, as in actions/attest, the predicate itself as a
 * JSON object (then a custom predicate: predicate-type required, predicate-path excluded).
 */
function predicateInputs(fileOptions) {
    const inline = inlinePredicate();
    const kind = inline ? 'custom' : (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('predicate', PREDICATES);
    const sbomPath = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)('sbom-path', fileOptions);
    const scanReport = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)('scan-report', fileOptions);
    const predicateType = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('predicate-type', { maxLength: 2048 });
    const predicatePath = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)('predicate-path', fileOptions);
    const externalParameters = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('external-parameters', { maxLength: 65_536 });
    onlyWith('external-parameters', externalParameters, 'slsa', kind);
    onlyWith('sbom-path', sbomPath, 'sbom', kind);
    onlyWith('scan-report', scanReport, 'vuln', kind);
    onlyWith('predicate-type', predicateType, 'custom', kind);
    onlyWith('predicate-path', predicatePath, 'custom', kind);
    switch (kind) {
        case 'slsa':
            return externalParameters
                ? { kind, externalInputs: (0,_scs_attestation__WEBPACK_IMPORTED_MODULE_2__/* .parseExternalInputs */ .er)(externalParameters, 'Input `external-parameters`') }
                : { kind };
        case 'sbom':
            return {
                kind,
                sbomPath: required('sbom-path', sbomPath, 'with `predicate: sbom` (a CycloneDX or SPDX JSON file)'),
            };
        case 'vuln':
            return {
                kind,
                scanReport: required('scan-report', scanReport, "with `predicate: vuln` (the scan action's JSON report or cosign-vuln predicate)"),
            };
        case 'custom':
            if (!inline) {
                return {
                    kind,
                    predicateType: (0,_scs_attestation__WEBPACK_IMPORTED_MODULE_2__/* .validatePredicateType */ .Gy)(required('predicate-type', predicateType, 'with `predicate: custom`'), 'Input `predicate-type`'),
                    predicatePath: required('predicate-path', predicatePath, 'with `predicate: custom` (a JSON object)'),
                };
            }
            if (predicatePath) {
                throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Inputs `predicate` (inline JSON) and `predicate-path` cannot be used together: give the predicate in one of them.');
            }
            return {
                kind,
                predicateType: (0,_scs_attestation__WEBPACK_IMPORTED_MODULE_2__/* .validatePredicateType */ .Gy)(required('predicate-type', predicateType, 'with an inline JSON `predicate`'), 'Input `predicate-type`'),
                predicatePath: '',
                inline,
            };
    }
}
function sigstoreInputs(engine, workspace) {
    const inputs = (0,_scs_signing__WEBPACK_IMPORTED_MODULE_3__/* .getKeylessServiceInputs */ .rg)(workspace);
    const { instance, publicLog, fulcioUrl, rekorUrl, tsaUrl, trustedRoot } = inputs;
    if (instance === 'custom') {
        required('fulcio-url', fulcioUrl, 'with `sigstore-instance: custom`');
        required('trusted-root', trustedRoot, 'with `sigstore-instance: custom` (the trusted_root.json of that instance, to check what it returns)');
        if (!rekorUrl && !tsaUrl) {
            throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('With `sigstore-instance: custom`, set `rekor-url` (a transparency log) or `tsa-url` (a timestamp authority), or both: a signature needs a trusted time.');
        }
    }
    else {
        for (const [input, value] of [
            ['fulcio-url', fulcioUrl],
            ['rekor-url', rekorUrl],
            ['tsa-url', tsaUrl],
            ['trusted-root', trustedRoot],
        ]) {
            if (value)
                throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${input}\` is used only with \`sigstore-instance: custom\`; this step has \`sigstore-instance: ${instance}\`.`);
        }
    }
    if (instance === 'github' && engine === 'cosign') {
        // Said here, before the cosign download: the cosign engine cannot use GitHub's trusted root.
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("`sigstore-instance: github` needs `engine: sigstore`: GitHub's Sigstore instance is trusted through GitHub's own trusted root, which the cosign engine does not fetch; the sigstore engine signs there directly, as actions/attest does.");
    }
    if (publicLog && instance === 'github') {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `public-log: true` acknowledges signing on the public-good instance; it makes no sense with `sigstore-instance: github`, which has no public log.');
    }
    return inputs;
}
function registryInputs() {
    const pushToRegistry = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getBoolean */ .pW)('push-to-registry');
    const registryUsername = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('registry-username', { maxLength: 256 });
    const registryPassword = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getSecret */ .r6)('registry-password');
    if (registryUsername && !registryPassword)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `registry-password` is required with `registry-username`.');
    if (registryPassword && !registryUsername)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `registry-username` is required with `registry-password`.');
    return { pushToRegistry, registryUsername, registryPassword };
}
function githubTokenInput(githubAttestation) {
    const githubToken = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .getSecret */ .r6)('github-token');
    if (githubAttestation === 'true' && !githubToken) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `github-token` is required with `github-attestation: true` (the default `github.token` works with `permissions: attestations: write`).');
    }
    return githubToken;
}
/**
 * The `predicate` input when it holds a JSON object (it starts with `{`; a
 * kind name never does): at most 16 MiB, UTF-8 JSON, an object. An error
 * names the input and where the JSON broke, never quoting it.
 */
function inlinePredicate() {
    const raw = (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .rawInput */ .JR)('predicate');
    if (!raw.startsWith('{'))
        return undefined;
    const bytes = Buffer.byteLength(raw, 'utf8');
    if (bytes > _scs_attestation__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PREDICATE_BYTES */ .pB) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`predicate\` is ${bytes} bytes of JSON; a predicate may be at most ${(0,_scs_attestation__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(_scs_attestation__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PREDICATE_BYTES */ .pB)}, GitHub's limit (use \`predicate-path\` for a file).`);
    }
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (error) {
        const where = /position \d+/.exec(error instanceof Error ? error.message : '')?.[0];
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`predicate\` starts like a JSON object but is not valid JSON${where ? ` (at ${where})` : ''}: give a JSON object, or one of ${PREDICATES.join(', ')}.`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `predicate` must be a JSON object (or one of slsa, sbom, vuln, custom).');
    }
    return value;
}


/***/ }),

/***/ 194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: collectSubjects, defaultDeps, signedPayloadProblem

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __nccwpck_require__(6058);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 17 modules
var src = __nccwpck_require__(4644);
// EXTERNAL MODULE: ./packages/attestation/src/index.ts + 12 modules
var attestation_src = __nccwpck_require__(7734);
;// CONCATENATED MODULE: ./packages/github-api/src/errors.ts
/**
 * What a failed GitHub API call throws: the HTTP status, the request (method
 * and path, never the token), GitHub's own message (with the field errors of
 * a 422), and for 403/404 a hint naming the `permissions:` entry the job needs.
 */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    status;
    method;
    path;
    apiMessage;
    documentationUrl;
    permission;
    rateLimited;
    requestId;
    /** What to do about it (permission, rate limit), or undefined. */
    hint;
    constructor(init) {
        const hint = errorHint(init);
        const what = init.status === 0 ? 'failed' : `failed with HTTP ${init.status}`;
        super(`GitHub API ${init.method} ${init.path} ${what}: ${init.apiMessage}${hint ? `. ${hint}` : ''}`, {
            cause: init.cause,
        });
        this.status = init.status;
        this.method = init.method;
        this.path = init.path;
        this.apiMessage = init.apiMessage;
        this.rateLimited = init.rateLimited ?? false;
        if (init.documentationUrl)
            this.documentationUrl = init.documentationUrl;
        if (init.permission)
            this.permission = init.permission;
        if (init.requestId)
            this.requestId = init.requestId;
        if (hint)
            this.hint = hint;
    }
    /** 403 or 404 that is not a rate limit: the token lacks a permission or cannot see the resource. */
    get isPermissionProblem() {
        return (this.status === 403 || this.status === 404) && !this.rateLimited;
    }
}
function errorHint(init) {
    if (init.rateLimited) {
        return 'GitHub rate-limited the request and the retry budget ran out; the next run will try again';
    }
    const permission = init.permission ? `\`${init.permission}\`` : 'the required permission';
    if (init.status === 401) {
        return 'the token was rejected: pass a valid token (the default is `github.token`)';
    }
    if (init.status === 403) {
        return (`the token needs ${permission}: add it to the job's \`permissions:\`. ` +
            'Workflows triggered by pull requests from forks (and by Dependabot) only get a read-only token');
    }
    if (init.status === 404) {
        return (`GitHub answers 404 when the token cannot see the resource: check the repository and that the token has ${permission} ` +
            "in the job's `permissions:`");
    }
    return undefined;
}
/**
 * The permission a request needs, from its path: check runs need `checks`,
 * issue and pull request comments `pull-requests`, code scanning
 * `security-events`; `write` for anything but GET.
 */
function permissionFor(method, path) {
    const access = method.toUpperCase() === 'GET' || method.toUpperCase() === 'HEAD' ? 'read' : 'write';
    const p = path.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? '';
    if (/\/check-(runs|suites)(\/|$)/.test(p))
        return `checks: ${access}`;
    if (/\/issues\/(\d+\/comments|comments\/\d+)(\/|$)/.test(p))
        return `pull-requests: ${access}`;
    if (/\/pulls(\/|$)/.test(p))
        return `pull-requests: ${access}`;
    if (/\/code-scanning(\/|$)/.test(p))
        return `security-events: ${access}`;
    if (/\/contents(\/|$)/.test(p))
        return `contents: ${access}`;
    return undefined;
}
/** Replaces every occurrence of `secret` in `text` with `***`. */
function redact(text, secret) {
    if (!secret || secret.length < 4)
        return text;
    return text.split(secret).join('***');
}

// EXTERNAL MODULE: ./packages/vocabulary/src/json.ts
var json = __nccwpck_require__(9522);
;// CONCATENATED MODULE: ./packages/github-api/src/client.ts



const DEFAULT_API_URL = 'https://api.github.com';
const API_VERSION = '2022-11-28';
/** GitHub asks integrations to wait at least a minute on a secondary rate limit without retry-after. */
const SECONDARY_RATE_LIMIT_DEFAULT_WAIT_MS = 60_000;
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
/** Largest response body read (a page of 100 issue comments of 64 KiB each is ≈ 6.5 MB). */
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
function headersOf(response) {
    const out = {};
    response.headers.forEach((value, key) => {
        out[key.toLowerCase()] = value;
    });
    return out;
}
/** URLs from a Link header by rel. */
function parseLinkHeader(value) {
    const links = {};
    if (!value)
        return links;
    for (const part of value.split(',')) {
        const match = /<([^>]*)>\s*;\s*(.*)/.exec(part.trim());
        if (!match?.[1] || !match[2])
            continue;
        const rel = /rel="?([^";]+)"?/.exec(match[2])?.[1];
        if (rel)
            for (const name of rel.split(/\s+/))
                links[name] = match[1];
    }
    return links;
}
/** GitHub's error text: `message`, the `errors` details of a 422, and the status text as a fallback. */
function errorText(data, status) {
    if (!(0,json/* isObject */.G)(data)) {
        const text = typeof data === 'string' ? data.replace(/\s+/g, ' ').trim().slice(0, 300) : '';
        return { message: text || `HTTP ${status}` };
    }
    let message = typeof data.message === 'string' && data.message ? data.message : `HTTP ${status}`;
    if (Array.isArray(data.errors) && data.errors.length > 0) {
        const details = data.errors
            .slice(0, 10)
            .map((e) => {
            if (typeof e === 'string')
                return e;
            if (!(0,json/* isObject */.G)(e))
                return '';
            if (typeof e.message === 'string' && e.message)
                return e.message;
            return [e.resource, e.field, e.code].filter((v) => typeof v === 'string' && v).join(' ');
        })
            .filter((s) => s !== '');
        if (details.length > 0)
            message = `${message} (${details.join('; ')})`;
    }
    const out = { message };
    if (typeof data.documentation_url === 'string')
        out.documentationUrl = data.documentation_url;
    return out;
}
/** How long to wait before retrying a rate-limited response, or undefined when it is not one. */
function rateLimitWaitMs(status, headers, data, now) {
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = (0,src/* parseRetryAfter */.mu)(headers['retry-after'], now);
    if (retryAfter !== undefined)
        return retryAfter;
    if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
        const reset = Number(headers['x-ratelimit-reset']) * 1000;
        // One extra second: the reset time is rounded down to whole seconds.
        if (Number.isFinite(reset))
            return Math.max(0, reset - now) + 1000;
    }
    const message = (0,json/* isObject */.G)(data) && typeof data.message === 'string' ? data.message : '';
    if (status === 429 || /secondary rate limit|abuse detection/i.test(message))
        return SECONDARY_RATE_LIMIT_DEFAULT_WAIT_MS;
    return undefined;
}
function describeNetworkError(error, timeoutMs) {
    if (!(error instanceof Error))
        return String(error);
    if (error.name === 'TimeoutError' || error.name === 'AbortError')
        return `no response within ${timeoutMs} ms`;
    const cause = error.cause instanceof Error && error.cause.message ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
}
/**
 * One GitHub API request under action-kit's HTTP policy, whatever the status
 * (no retries: GitHubClient adds them, and its errors): redirects by hand
 * (never to plain HTTP off loopback; the token never to another origin), a
 * deadline that covers the body, the answer read with a cap. `url` is
 * absolute: the caller decides which hosts may see the token (the API's, or
 * the uploads host of the same GitHub).
 */
const githubRequest = async (method, url, init) => {
    const target = new URL(url);
    const headers = {
        accept: 'application/vnd.github+json',
        'user-agent': init.userAgent ?? 'supply-chain-actions',
        'x-github-api-version': API_VERSION,
    };
    if (init.token)
        headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined)
        headers['content-type'] = init.contentType ?? 'application/json';
    const what = `GitHub API ${method} ${target.pathname}`;
    const response = await (0,src/* fetchWithPolicy */.Vu)(init.fetch ?? ((input, requestInit) => fetch(input, requestInit)), target, { method, headers, ...(init.body !== undefined ? { body: init.body } : {}) }, what, { timeoutMs: init.timeoutMs ?? 60_000 });
    const responseHeaders = headersOf(response);
    const text = (await (0,src/* readCapped */.EF)(response, MAX_RESPONSE_BYTES, what)).toString('utf8');
    let json;
    try {
        json = text ? JSON.parse(text) : undefined;
    }
    catch {
        json = undefined;
    }
    return { status: response.status, headers: responseHeaders, text, json };
};
/** GitHub's error message from an answer (its `message`, else the text), one line, bounded. */
function apiMessage(response) {
    const message = isObject(response.json) && typeof response.json.message === 'string' ? response.json.message : response.text;
    return message.replace(/\s+/g, ' ').trim().slice(0, 300);
}
function configurationProblem(token, apiUrl) {
    if (!token)
        return 'no GitHub token was given (the default is `github.token`)';
    let parsed;
    try {
        parsed = new URL(apiUrl);
    }
    catch {
        return `the GitHub API URL is not a URL: '${apiUrl}'`;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return `the GitHub API URL must be http(s): '${apiUrl}'`;
    return undefined;
}
class GitHubClient {
    apiUrl;
    token;
    configError;
    userAgent;
    sleep;
    now;
    maxRetries;
    maxWaitMs;
    retryDelayMs;
    timeoutMs;
    maxPages;
    log;
    fetchImpl;
    /**
     * Never throws: a missing token or a bad API URL makes every request fail
     * instead, so callers that guard their requests (withPermissionFallback)
     * turn it into a warning rather than a failed scan.
     */
    constructor(options) {
        this.token = options.token ?? '';
        this.apiUrl = (options.apiUrl || DEFAULT_API_URL).replace(/\/+$/, '');
        this.configError = configurationProblem(this.token, this.apiUrl);
        this.userAgent = options.userAgent ?? 'supply-chain-actions';
        this.sleep = options.sleep ?? src/* realSleep */.uk;
        this.now = options.now ?? Date.now;
        this.maxRetries = Math.max(0, options.maxRetries ?? 3);
        this.maxWaitMs = Math.max(0, options.maxWaitMs ?? 90_000);
        this.retryDelayMs = Math.max(0, options.retryDelayMs ?? 1000);
        this.timeoutMs = options.timeoutMs ?? 60_000;
        this.maxPages = Math.max(1, options.maxPages ?? 50);
        this.log = options.log ?? (() => undefined);
        this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    }
    /** One request; `path` starts with `/` (relative to apiUrl). Throws GitHubApiError unless 2xx. */
    async request(method, path, body, options = {}) {
        return this.send(method, this.resolve(path), path, body, options);
    }
    /** Every item of a list endpoint, following Link rel="next" up to maxPages. */
    async paginate(path, options = {}) {
        const all = [];
        for await (const page of this.pages(path, options))
            all.push(...page.items);
        return all;
    }
    /** A list endpoint page by page (per_page=100 unless the path sets it): stop early by breaking out. */
    async *pages(path, options = {}) {
        const maxPages = Math.max(1, options.maxPages ?? this.maxPages);
        const first = this.resolve(path);
        if (!first.searchParams.has('per_page'))
            first.searchParams.set('per_page', '100');
        let url = first;
        let label = path;
        for (let page = 1; url; page += 1) {
            const response = await this.send('GET', url, label, undefined, options);
            if (!Array.isArray(response.data)) {
                throw new GitHubApiError({
                    status: response.status,
                    method: 'GET',
                    path: label,
                    apiMessage: 'expected a JSON array from a list endpoint',
                });
            }
            const next = parseLinkHeader(response.headers.link).next;
            const nextUrl = next ? this.followable(next) : undefined;
            const truncated = nextUrl !== undefined && page >= maxPages;
            yield { items: response.data, page, truncated };
            if (truncated)
                return;
            url = nextUrl;
            if (url)
                label = `${url.pathname}${url.search}`;
        }
    }
    resolve(path) {
        if (this.configError)
            throw new TypeError(`Cannot call the GitHub API: ${this.configError}`);
        if (!path.startsWith('/'))
            throw new TypeError(`GitHub API path must start with '/': '${path}'`);
        return new URL(`${this.apiUrl}${path}`);
    }
    /** A Link URL, only when it stays on the API's origin (the token goes with it). */
    followable(link) {
        try {
            const url = new URL(link, this.apiUrl);
            if (url.origin !== new URL(this.apiUrl).origin) {
                this.log(`Not following a pagination link to another origin (${url.origin}).`);
                return undefined;
            }
            return url;
        }
        catch {
            return undefined;
        }
    }
    async attempt(method, url, body) {
        const answer = await githubRequest(method, url, {
            token: this.token,
            userAgent: this.userAgent,
            timeoutMs: this.timeoutMs,
            fetch: this.fetchImpl,
            ...(body !== undefined ? { body: JSON.stringify(body), contentType: 'application/json; charset=utf-8' } : {}),
        });
        let data = answer.text === '' ? undefined : answer.text;
        // JSON when GitHub says so; else the text (an HTML error page from a proxy, for instance).
        if (answer.json !== undefined && /json/i.test(answer.headers['content-type'] ?? 'application/json')) {
            data = answer.json;
        }
        return { status: answer.status, headers: answer.headers, data };
    }
    /** Whether to retry after this outcome, and after how long when the server said (rate limits). */
    judge(method, label, outcome) {
        if ('error' in outcome) {
            // A refused redirect or an answer over the cap is the same on every try.
            const { error } = outcome;
            if (error instanceof src/* RedirectRefusedError */.jw || error instanceof src/* SizeCapError */.k2)
                return { retry: false };
            const reason = redact(describeNetworkError(error, this.timeoutMs), this.token);
            return { retry: true, why: `GitHub API ${method} ${label}: ${reason}` };
        }
        const { status, headers, data } = outcome.value;
        if (status >= 200 && status < 300)
            return { retry: false };
        const rateWait = rateLimitWaitMs(status, headers, data, this.now());
        if (rateWait !== undefined)
            return { retry: true, why: `GitHub API ${method} ${label}: rate limited`, waitMs: rateWait };
        if (RETRYABLE_STATUS.has(status))
            return { retry: true, why: `GitHub API ${method} ${label}: HTTP ${status}` };
        return { retry: false };
    }
    async send(method, url, label, body, options) {
        const permission = options.permission ?? permissionFor(method, url.pathname);
        // One retry policy (action-kit's): maxRetries after the first try, maxWaitMs of sleep in all, no jitter.
        const policy = {
            attempts: this.maxRetries + 1,
            baseDelayMs: this.retryDelayMs,
            maxDelayMs: Number.MAX_SAFE_INTEGER,
            budgetMs: this.maxWaitMs,
        };
        const { outcome } = await (0,src/* retryLoop */.rU)({ policy, sleep: this.sleep, log: this.log, now: this.now }, () => this.attempt(method, url, body), (result) => this.judge(method, label, result));
        if ('error' in outcome) {
            throw new GitHubApiError({
                status: 0,
                method,
                path: label,
                apiMessage: `network error: ${redact(describeNetworkError(outcome.error, this.timeoutMs), this.token)}`,
                cause: outcome.error,
            });
        }
        const { status, headers, data } = outcome.value;
        if (status >= 200 && status < 300)
            return { status, data: data, headers };
        const { message, documentationUrl } = errorText(data, status);
        const init = {
            status,
            method,
            path: label,
            apiMessage: redact(message, this.token),
            rateLimited: rateLimitWaitMs(status, headers, data, this.now()) !== undefined,
        };
        if (documentationUrl)
            init.documentationUrl = documentationUrl;
        if (permission)
            init.permission = permission;
        if (headers['x-github-request-id'])
            init.requestId = headers['x-github-request-id'];
        throw new GitHubApiError(init);
    }
}

;// CONCATENATED MODULE: ./packages/github-api/src/index.ts



// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/oci/src/credentials.ts
/**
 * Registry credentials, in the order an action should try them:
 *
 * 1. explicit username + password given to the action;
 * 2. the runner's docker config — `$DOCKER_CONFIG/config.json`, else
 *    `~/.docker/config.json` — as `docker login` / docker/login-action
 *    leave it: `auths.<host>.auth` (base64 `user:password`),
 *    `auths.<host>.identitytoken` (an OAuth2 refresh token), or a credential
 *    helper (`credHelpers.<host>`, else `credsStore`) run as
 *    `docker-credential-<name> get` with the host on stdin;
 * 3. for ghcr.io only, a GitHub token the caller passes (GITHUB_TOKEN with
 *    `packages: read|write`).
 *
 * Nothing here logs or throws a secret: errors name the file, the host and
 * the helper, never the values. Every secret found is handed to `onSecret`
 * (wire it to `core.setSecret`) before it is used.
 */





const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_HELPER_OUTPUT = 64 * 1024;
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/**
 * Spawns `command args…` without a shell, writes `input` to its stdin,
 * captures at most 64 KiB of each stream and kills it after `timeoutMs`.
 * (action-kit's runProcess has no stdin, which credential helpers need.)
 */
const spawnHelper = (command, args, input, timeoutMs, env) => new Promise((resolve, reject) => {
    let child;
    try {
        // An allow-listed environment (a helper needs its cloud SDK variables, not the action's inputs or the runner's tokens).
        const childEnv = Object.fromEntries(Object.entries(env ?? (0,src/* toolEnvironment */.uQ)(process.env, { allow: src/* REGISTRY_CLOUD_ENVIRONMENT */.iH })).filter(([key]) => !(0,src/* isSecretVariable */.tS)(key)));
        child = (0,external_node_child_process_.spawn)(command, [...args], {
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            windowsHide: true,
            env: childEnv,
        });
    }
    catch (error) {
        reject(new src/* InfrastructureError */.EN(`Could not start ${command}`, { cause: error }));
        return;
    }
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
        // Do not wait for 'close': a grandchild may hold the pipes open.
        child.stdout.destroy();
        child.stderr.destroy();
        settled = true;
        resolve({ exitCode: -1, stdout: '', stderr: '', timedOut });
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        if (stdout.length < MAX_HELPER_OUTPUT)
            stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        if (stderr.length < MAX_HELPER_OUTPUT)
            stderr += chunk;
    });
    child.stdin.on('error', () => undefined); // a helper that exits without reading stdin
    child.on('error', (error) => {
        clearTimeout(timer);
        reject(error.code === 'ENOENT'
            ? new src/* ConfigurationError */.j1(`The docker credential helper ${command} is not on PATH.`, { cause: error })
            : new src/* InfrastructureError */.EN(`Could not run ${command}: ${error.message}`, { cause: error }));
    });
    child.on('close', (code) => {
        clearTimeout(timer);
        if (!settled)
            resolve({ exitCode: code ?? -1, stdout, stderr, timedOut });
    });
    child.stdin.end(input);
});
/**
 * The key a docker config uses for a host, normalised: scheme and path
 * dropped, lower-cased, Docker Hub's many names ('https://index.docker.io/v1/',
 * 'registry-1.docker.io', 'docker.io') all 'docker.io'.
 */
function normalizeRegistryHost(key) {
    let host = key.trim().toLowerCase();
    host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
    host = host.replace(/\/.*$/, '');
    if (host === 'index.docker.io' || host === 'registry-1.docker.io' || host === 'registry.hub.docker.com')
        return 'docker.io';
    return host;
}
/** What `docker-credential-<name> get` is asked for: docker asks Docker Hub's credentials by its legacy URL. */
function helperServerUrl(registry) {
    return registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry;
}
/** The docker config file that would be read (it may not exist). */
function dockerConfigPath(options = {}) {
    const env = options.env ?? process.env;
    if (env.DOCKER_CONFIG)
        return external_node_path_.join(env.DOCKER_CONFIG, 'config.json');
    return external_node_path_.join(env.HOME || options.homedir || external_node_os_.homedir(), '.docker', 'config.json');
}
function readDockerConfig(file) {
    let text;
    try {
        const stat = external_node_fs_.statSync(file);
        if (!stat.isFile())
            return undefined;
        if (stat.size > MAX_CONFIG_BYTES)
            throw new src/* ConfigurationError */.j1(`The docker config ${file} is over ${MAX_CONFIG_BYTES} bytes; refusing to read it.`);
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        if (error instanceof src/* ConfigurationError */.j1)
            throw error;
        throw new src/* ConfigurationError */.j1(`The docker config ${file} cannot be read: ${error.message}`, {
            cause: error,
        });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // The parser's message may quote the file's content (credentials): say where, not what.
        throw new src/* ConfigurationError */.j1(`The docker config ${file} is not valid JSON; fix or remove it (docker login rewrites it).`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new src/* ConfigurationError */.j1(`The docker config ${file} is not a JSON object.`);
    }
    const config = parsed;
    const auths = new Map();
    if (typeof config.auths === 'object' && config.auths !== null) {
        for (const [key, value] of Object.entries(config.auths)) {
            if (typeof value !== 'object' || value === null)
                continue;
            const entry = value;
            const host = normalizeRegistryHost(key);
            // The first entry for a host wins, unless a later one holds more.
            const current = auths.get(host);
            const next = {
                ...(typeof entry.auth === 'string' && entry.auth !== '' ? { auth: entry.auth } : {}),
                ...(typeof entry.username === 'string' && entry.username !== '' ? { username: entry.username } : {}),
                ...(typeof entry.password === 'string' && entry.password !== '' ? { password: entry.password } : {}),
                ...(typeof entry.identitytoken === 'string' && entry.identitytoken !== ''
                    ? { identitytoken: entry.identitytoken }
                    : {}),
            };
            if (!current || Object.keys(current).length === 0)
                auths.set(host, next);
        }
    }
    const credHelpers = new Map();
    if (typeof config.credHelpers === 'object' && config.credHelpers !== null) {
        for (const [key, value] of Object.entries(config.credHelpers)) {
            if (typeof value === 'string' && value !== '')
                credHelpers.set(normalizeRegistryHost(key), value);
        }
    }
    return {
        auths,
        credHelpers,
        ...(typeof config.credsStore === 'string' && config.credsStore !== '' ? { credsStore: config.credsStore } : {}),
    };
}
function decodeAuth(auth, file, host) {
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (!/^[A-Za-z0-9+/=\s]+$/.test(auth) || colon <= 0) {
        throw new src/* ConfigurationError */.j1(`The docker config ${file} has an unreadable \`auth\` for ${host} (expected base64 of user:password); run docker login ${host} again.`);
    }
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1).replace(/[\r\n]+$/, '') };
}
async function fromHelper(helper, registry, file, options) {
    if (!HELPER_NAME.test(helper)) {
        throw new src/* ConfigurationError */.j1(`The docker config ${file} names an invalid credential helper '${helper.slice(0, 64)}' for ${registry}.`);
    }
    const command = `docker-credential-${helper}`;
    const run = options.runHelper ?? spawnHelper;
    const helperEnv = (0,src/* toolEnvironment */.uQ)(options.env ?? process.env, { allow: src/* REGISTRY_CLOUD_ENVIRONMENT */.iH });
    const result = await run(command, ['get'], helperServerUrl(registry), options.helperTimeoutMs ?? 30_000, helperEnv);
    if (result.timedOut)
        throw new src/* InfrastructureError */.EN(`The docker credential helper ${command} did not answer for ${registry} in time.`);
    if (result.exitCode !== 0) {
        // "credentials not found in native keychain" is the protocol's "none" answer.
        if (/credentials not found/i.test(`${result.stdout}\n${result.stderr}`))
            return undefined;
        // Its output may hold anything, secrets included: not quoted.
        throw new src/* InfrastructureError */.EN(`The docker credential helper ${command} failed for ${registry} (exit code ${result.exitCode}); run docker login ${registry} again.`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        throw new src/* InfrastructureError */.EN(`The docker credential helper ${command} answered for ${registry} with something that is not JSON.`);
    }
    const answer = (typeof parsed === 'object' && parsed !== null ? parsed : {});
    const username = typeof answer.Username === 'string' ? answer.Username : '';
    const secret = typeof answer.Secret === 'string' ? answer.Secret : '';
    if (secret === '')
        return undefined;
    const source = `docker credential helper ${command}`;
    // docker's convention: the user name '<token>' marks an identity (refresh) token.
    if (username === '<token>')
        return { kind: 'identity-token', token: secret, source };
    return { kind: 'basic', username, password: secret, source };
}
/**
 * Credentials from the runner's docker config: `credHelpers.<host>`, else
 * `auths.<host>` (identitytoken before auth, as docker does), else the
 * `credsStore` helper. Undefined when the file or the host is absent.
 */
function dockerConfigCredentials(options = {}) {
    return async (registry) => {
        const file = dockerConfigPath(options);
        const config = readDockerConfig(file);
        if (!config)
            return undefined;
        const host = normalizeRegistryHost(registry);
        const helper = config.credHelpers.get(host);
        if (helper)
            return fromHelper(helper, host, file, options);
        const entry = config.auths.get(host);
        const source = `docker config ${file}`;
        if (entry?.identitytoken) {
            return {
                kind: 'identity-token',
                token: entry.identitytoken,
                source,
                ...(entry.username ? { username: entry.username } : {}),
            };
        }
        if (entry?.auth)
            return { kind: 'basic', ...decodeAuth(entry.auth, file, host), source };
        if (entry?.username && entry.password)
            return { kind: 'basic', username: entry.username, password: entry.password, source };
        if (config.credsStore)
            return fromHelper(config.credsStore, host, file, options);
        return undefined;
    };
}
/**
 * The credential order an action should use: explicit, docker config,
 * GitHub token for ghcr.io. Undefined (anonymous) when none matches.
 */
function credentialChain(options) {
    const explicitUser = options.username?.trim() ?? '';
    const explicitPassword = options.password ?? '';
    if ((explicitUser === '') !== (explicitPassword === '')) {
        throw new src/* ConfigurationError */.j1('Registry credentials need both a username and a password (or neither).');
    }
    const explicitRegistry = options.registry ? normalizeRegistryHost(options.registry) : undefined;
    const docker = options.dockerConfig === false ? undefined : dockerConfigCredentials(options.dockerConfig ?? {});
    return async (registry) => {
        const host = normalizeRegistryHost(registry);
        if (explicitUser !== '' && (explicitRegistry === undefined || explicitRegistry === host)) {
            return {
                kind: 'basic',
                username: explicitUser,
                password: explicitPassword,
                source: 'the username and password given to the action',
            };
        }
        const fromDocker = docker ? await docker(host) : undefined;
        if (fromDocker)
            return fromDocker;
        if (host === 'ghcr.io' && options.githubToken) {
            return {
                kind: 'basic',
                username: options.githubActor || 'x-access-token',
                password: options.githubToken,
                source: 'the GitHub token',
            };
        }
        return undefined;
    };
}

// EXTERNAL MODULE: ./packages/oci/src/manifest.ts
var src_manifest = __nccwpck_require__(2104);
// EXTERNAL MODULE: ./packages/oci/src/reference.ts
var src_reference = __nccwpck_require__(6768);
;// CONCATENATED MODULE: ./packages/oci/src/referrers.ts
/**
 * Sigstore bundles stored next to an image as OCI 1.1 referrers, the way
 * cosign's BUNDLE_SPEC (cosign ≥ 2.4 `--new-bundle-format`) stores them:
 *
 *   { schemaVersion: 2, mediaType: image manifest,
 *     artifactType: application/vnd.dev.sigstore.bundle.v0.3+json,
 *     config: the empty descriptor (application/vnd.oci.empty.v1+json, `{}`),
 *     layers: [ the bundle JSON, media type = the bundle media type,
 *               title annotation `sha256-<hex>.sigstore.json` ],
 *     subject: the signed manifest's descriptor,
 *     annotations: dev.sigstore.bundle.content, dev.sigstore.bundle.predicateType
 *                  (DSSE only), org.opencontainers.image.created }
 *
 * Where it is listed:
 * - a registry with the referrers API (`GET /v2/<repo>/referrers/<digest>`
 *   answers an image index; a manifest PUT with a subject is answered with
 *   `OCI-Subject`) indexes it itself;
 * - otherwise the OCI "referrers tag schema": the tag `sha256-<hex>` of the
 *   subject holds an image index whose entries are the referrers'
 *   descriptors, each with the referrer's artifactType and annotations. We
 *   read-modify-write it, never duplicating an entry, and re-read after the
 *   write so a concurrent writer that dropped our entry makes us merge again
 *   (bounded).
 *
 * Checked against Debian's docker-registry 2.8 (distribution v2.8): it has
 * no referrers API (`/v2/<repo>/referrers/…` → 404 "404 page not found",
 * plain text, no OCI-Subject on PUT) and it stores image manifests carrying
 * `subject` and `artifactType` with the empty config media type unchanged
 * (its schema2 handler ignores fields it does not know, and it does not
 * require the subject to exist). It refuses an index that lists a manifest
 * it does not hold (MANIFEST_BLOB_UNKNOWN), so the referrer is pushed before
 * the tag index that lists it. It answers HEAD/GET of an index tag with 404
 * unless the Accept header names the index media type.
 */



const BUNDLE_ANNOTATIONS = {
    content: 'dev.sigstore.bundle.content',
    predicateType: 'dev.sigstore.bundle.predicateType',
    created: 'org.opencontainers.image.created',
};
/** RFC 3339 in whole seconds, UTC ("2026-11-26T17:38:07Z"), as cosign writes it. */
function formatCreated(created) {
    const date = typeof created === 'string' ? new Date(created) : created;
    if (Number.isNaN(date.getTime()))
        throw new src/* ConfigurationError */.j1(`'${String(created).slice(0, 60)}' is not a valid time for org.opencontainers.image.created.`);
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * The referrer manifest for one Sigstore bundle (pure; byte-for-byte
 * deterministic: fixed key order, annotations sorted by key).
 */
function buildBundleReferrer(input) {
    const bundleMediaType = input.bundleMediaType ?? src_manifest/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib;
    if (!src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(input.subject.digest))
        throw new src/* ConfigurationError */.j1(`The subject digest '${input.subject.digest.slice(0, 80)}' is not a sha256 digest.`);
    if (input.content === 'dsse-envelope' && !input.predicateType) {
        throw new src/* ConfigurationError */.j1('A DSSE bundle referrer needs its predicate type (dev.sigstore.bundle.predicateType).');
    }
    if (input.content === 'message-signature' && input.predicateType) {
        throw new src/* ConfigurationError */.j1('A message-signature bundle has no predicate type.');
    }
    if (input.bundle.length === 0)
        throw new src/* ConfigurationError */.j1('The bundle is empty.');
    const layerDigest = (0,src_manifest/* sha256Digest */.sI)(input.bundle);
    // The optional layer title of BUNDLE_SPEC: a file name for `oras pull` and friends.
    const layer = {
        mediaType: bundleMediaType,
        digest: layerDigest,
        size: input.bundle.length,
        annotations: { 'org.opencontainers.image.title': `${layerDigest.replace(':', '-')}.sigstore.json` },
    };
    const annotations = {
        [BUNDLE_ANNOTATIONS.content]: input.content,
        ...(input.predicateType ? { [BUNDLE_ANNOTATIONS.predicateType]: input.predicateType } : {}),
        [BUNDLE_ANNOTATIONS.created]: formatCreated(input.created),
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: src_manifest/* OCI_MEDIA_TYPES */.vQ.manifest,
        artifactType: bundleMediaType,
        config: { ...src_manifest/* EMPTY_CONFIG_DESCRIPTOR */.dh },
        layers: [layer],
        subject: { mediaType: input.subject.mediaType, digest: input.subject.digest, size: input.subject.size },
        annotations,
    };
    const bytes = (0,src_manifest/* serializeManifest */.MZ)(manifest);
    const digest = (0,src_manifest/* sha256Digest */.sI)(bytes);
    return {
        manifest,
        bytes,
        digest,
        size: bytes.length,
        descriptor: (0,src_manifest/* canonicalDescriptor */.C_)({
            mediaType: src_manifest/* OCI_MEDIA_TYPES */.vQ.manifest,
            artifactType: bundleMediaType,
            digest,
            size: bytes.length,
            annotations,
        }),
        layer,
        config: { ...src_manifest/* EMPTY_CONFIG_DESCRIPTOR */.dh },
    };
}
/**
 * Adds `entry` to a referrers tag index (pure). Entries already there are
 * kept as they are (other tools' referrers too); an entry with the same
 * digest is not added again (`changed: false`).
 */
function mergeReferrersIndex(existing, entry) {
    const manifests = existing ? [...existing.manifests] : [];
    if (manifests.some((m) => m.digest === entry.digest)) {
        return { index: existing ?? { schemaVersion: 2, mediaType: src_manifest/* OCI_MEDIA_TYPES */.vQ.index, manifests }, changed: false };
    }
    manifests.push((0,src_manifest/* canonicalDescriptor */.C_)(entry));
    return {
        index: {
            schemaVersion: 2,
            mediaType: src_manifest/* OCI_MEDIA_TYPES */.vQ.index,
            manifests,
            ...(existing?.annotations ? { annotations: existing.annotations } : {}),
        },
        changed: true,
    };
}
const MAX_REFERRER_PAGES = 50;
const MAX_IDEMPOTENCY_CHECKS = 50;
function parseNextLink(header, base) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const match = /<([^>]*)>\s*;\s*rel="?next"?/i.exec(part);
        if (match) {
            const next = new URL(match[1], base);
            const origin = new URL(base).origin;
            // Pagination stays on the registry: a Link elsewhere is not followed with our credentials.
            if (next.origin !== origin)
                throw new src/* InfrastructureError */.EN(`the referrers API's next page ${(0,src/* displayUrl */.Qy)(next.href)} is on another host; refused`);
            return next.href;
        }
    }
    return undefined;
}
/**
 * Referrers of `subjectDigest` through the referrers API, or undefined when
 * the registry has none (404/405/501 at the endpoint, or a non-index answer).
 * Follows the `Link: <…>; rel="next"` pagination.
 */
async function referrersFromApi(client, ref, subjectDigest, artifactType) {
    let url = client.url(ref, 'referrers', subjectDigest);
    if (artifactType)
        url += `?artifactType=${encodeURIComponent(artifactType)}`;
    const out = [];
    for (let page = 0; url; page++) {
        if (page >= MAX_REFERRER_PAGES)
            throw new src/* InfrastructureError */.EN(`${ref.name}: more than ${MAX_REFERRER_PAGES} pages of referrers for ${subjectDigest}; refused`);
        const answer = await client.getRaw(ref, url, src_manifest/* INDEX_ACCEPT */.kJ);
        if (page === 0 && (answer.status === 404 || answer.status === 405 || answer.status === 501))
            return undefined;
        if (answer.status !== 200) {
            throw new src/* HttpRequestError */.Ci(`GET ${(0,src/* displayUrl */.Qy)(url)}: HTTP ${answer.status} (referrers API)`, (0,src/* displayUrl */.Qy)(url), answer.status, false);
        }
        const contentType = (answer.headers.get('content-type') ?? '').split(';')[0].trim();
        if (page === 0 && !(0,src_manifest/* isIndexMediaType */.$$)(contentType) && !answer.bytes.toString('utf8').includes('"manifests"'))
            return undefined;
        const { index } = (0,src_manifest/* parseOciIndex */.ri)(answer.bytes, contentType || src_manifest/* OCI_MEDIA_TYPES */.vQ.index, `GET ${(0,src/* displayUrl */.Qy)(url)}`);
        out.push(...index.manifests);
        url = parseNextLink(answer.headers.get('link'), url);
    }
    return out;
}
/** The referrers tag index of `subjectDigest` and its digest, or undefined when the tag does not exist. */
async function readReferrersTagIndex(client, ref, subjectDigest) {
    const tag = (0,src_reference/* referrersTag */.LN)(subjectDigest);
    const url = client.url(ref, 'manifests', tag);
    const answer = await client.getRaw(ref, url, [src_manifest/* OCI_MEDIA_TYPES */.vQ.index, src_manifest/* OCI_MEDIA_TYPES */.vQ.manifest].join(', '));
    if (answer.status === 404)
        return undefined;
    if (answer.status !== 200)
        throw new src/* HttpRequestError */.Ci(`GET ${(0,src/* displayUrl */.Qy)(url)}: HTTP ${answer.status}`, (0,src/* displayUrl */.Qy)(url), answer.status, false);
    const contentType = (answer.headers.get('content-type') ?? '').split(';')[0].trim();
    let index;
    try {
        index = (0,src_manifest/* parseOciIndex */.ri)(answer.bytes, contentType, `GET ${(0,src/* displayUrl */.Qy)(url)}`).index;
    }
    catch (error) {
        throw new src/* InfrastructureError */.EN(`${ref.name}: the tag ${tag} exists but is not an image index (${contentType || 'no media type'}); it is not a referrers tag, so it is left alone`, { cause: error });
    }
    const digest = (0,src_manifest/* sha256Digest */.sI)(answer.bytes);
    const header = answer.headers.get('docker-content-digest');
    if (header && src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(header) && header !== digest) {
        throw new src/* InfrastructureError */.EN(`GET ${(0,src/* displayUrl */.Qy)(url)}: Docker-Content-Digest ${header} does not match the index's bytes (${digest}); refused`);
    }
    const etag = answer.headers.get('etag');
    return { digest, index, ...(etag ? { etag } : {}) };
}
/**
 * Lists the referrers of `subjectDigest`: the referrers API when the
 * registry has it, else the `sha256-<hex>` tag index (none when the tag does
 * not exist). `artifactType` filters (also client-side: a registry may ignore
 * the filter).
 */
async function findReferrers(client, ref, subjectDigest, options = {}) {
    if (!src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(subjectDigest))
        throw new src/* ConfigurationError */.j1(`'${subjectDigest.slice(0, 80)}' is not a sha256 digest.`);
    const filter = (list) => options.artifactType ? list.filter((d) => d.artifactType === options.artifactType) : list;
    const fromApi = await referrersFromApi(client, ref, subjectDigest, options.artifactType);
    if (fromApi)
        return { via: 'referrers-api', referrers: filter(fromApi) };
    const tagged = await readReferrersTagIndex(client, ref, subjectDigest);
    return { via: 'tag-schema', referrers: filter(tagged?.index.manifests ?? []) };
}
/** cosign's legacy signature and attestation tags next to a subject, when they exist. */
async function findLegacyCosignTags(client, ref, subjectDigest) {
    const out = {};
    for (const kind of ['sig', 'att']) {
        const tag = (0,src_reference/* legacyCosignTag */.zo)(subjectDigest, kind);
        const found = await client.manifestExists(ref, tag);
        if (found)
            out[kind] = { ...found, tag };
    }
    return out;
}
/**
 * Whether a referrer with the same bundle layer is already listed: the
 * created annotation may differ between two attaches of the same bundle, the
 * bundle bytes may not.
 */
async function findSameBundle(client, ref, listed, built) {
    if (listed.some((d) => d.digest === built.digest))
        return built.digest;
    const candidates = listed
        .filter((d) => d.artifactType === built.manifest.artifactType)
        .filter((d) => d.annotations?.[BUNDLE_ANNOTATIONS.content] === built.manifest.annotations?.[BUNDLE_ANNOTATIONS.content])
        .slice(0, MAX_IDEMPOTENCY_CHECKS);
    for (const candidate of candidates) {
        if (!src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(candidate.digest) || candidate.size > 64 * 1024)
            continue;
        try {
            const fetched = await client.getManifestBytes((0,src_reference/* referenceWithDigest */.gY)(ref, candidate.digest), candidate.digest);
            const { manifest } = (0,src_manifest/* parseOciManifest */.Ke)(fetched.bytes, fetched.mediaType, candidate.digest);
            if (manifest.layers.length === 1 &&
                manifest.layers[0].digest === built.layer.digest &&
                manifest.subject?.digest === built.manifest.subject?.digest) {
                return candidate.digest;
            }
        }
        catch (error) {
            // A listed referrer that is gone (404) or unreadable (not a manifest, wrong digest) is not ours;
            // auth, rate-limit and network failures are not hidden.
            const gone = error instanceof src/* HttpRequestError */.Ci && error.status === 404;
            const unreadable = error instanceof src/* InfrastructureError */.EN && !(error instanceof src/* HttpRequestError */.Ci);
            if (!gone && !unreadable)
                throw error;
        }
    }
    return undefined;
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Stores `referrer` (built with buildBundleReferrer) next to its subject in
 * `ref`'s repository: pushes the bundle layer, the empty config and the
 * manifest (by digest), then lists it — by the registry (referrers API) or in
 * the `sha256-<hex>` tag index. Idempotent: a referrer with the same bundle
 * already listed is reported (`alreadyPresent`) and nothing is pushed.
 */
async function pushReferrer(client, ref, referrer, content, options = {}) {
    const subject = referrer.manifest.subject;
    if (!subject)
        throw new src/* ConfigurationError */.j1('A referrer needs a subject.');
    if ((0,src_manifest/* sha256Digest */.sI)(content) !== referrer.layer.digest)
        throw new src/* ConfigurationError */.j1("The content given is not the referrer's layer (digest mismatch).");
    const log = options.log ?? (() => undefined);
    const sleep = options.sleep ?? defaultSleep;
    const random = options.random ?? Math.random;
    const location = `${ref.registry}/${ref.repository}@${referrer.digest}`;
    // Already there? (API listing or tag index, whichever the registry has.)
    const before = await findReferrers(client, ref, subject.digest, {
        ...(referrer.manifest.artifactType ? { artifactType: referrer.manifest.artifactType } : {}),
    });
    const existing = await findSameBundle(client, ref, before.referrers, referrer);
    if (existing) {
        log(`${ref.name}: the bundle ${referrer.layer.digest} is already attached to ${subject.digest} (${existing})`);
        return {
            manifestDigest: existing,
            via: before.via,
            location: `${ref.registry}/${ref.repository}@${existing}`,
            alreadyPresent: true,
        };
    }
    await client.pushBlob(ref, content, referrer.layer.mediaType);
    await client.pushBlob(ref, src_manifest/* EMPTY_CONFIG_BYTES */.pA, src_manifest/* EMPTY_CONFIG_DESCRIPTOR */.dh.mediaType);
    let pushed;
    try {
        pushed = await client.pushManifest(ref, referrer.bytes, src_manifest/* OCI_MEDIA_TYPES */.vQ.manifest);
    }
    catch (error) {
        if (error instanceof src/* HttpRequestError */.Ci && (error.status === 400 || error.status === 415)) {
            // Registries that predate image-spec 1.1 refuse `subject`/`artifactType` or the empty config media type.
            // Leaving them out would break the format every verifier (cosign included) looks for, so this is an error.
            throw new src/* InfrastructureError */.EN(`${ref.name}: the registry refused the bundle referrer manifest (${error.message}); it may not support OCI image-spec 1.1 artifacts (subject, artifactType, the empty config). Use a registry that does, e.g. ghcr.io, Docker Hub, or distribution ≥ 2.8.`, { cause: error });
        }
        throw error;
    }
    if (pushed.ociSubject !== undefined || before.via === 'referrers-api') {
        // The registry indexes referrers itself (OCI-Subject on the PUT, or an API that answered).
        if (pushed.ociSubject !== undefined && pushed.ociSubject !== subject.digest) {
            throw new src/* InfrastructureError */.EN(`${ref.name}: the registry indexed the referrer under ${pushed.ociSubject}, not ${subject.digest}`);
        }
        return { manifestDigest: referrer.digest, via: 'referrers-api', location, alreadyPresent: false };
    }
    // Referrers tag schema: read-modify-write. distribution (and most registries
    // without the referrers API) has no conditional PUT, so a writer that read
    // the index before our write can overwrite it after. We narrow that window
    // (HEAD right before the PUT; If-Match with the ETag we read, honoured by
    // registries that implement it), then verify twice: right after the write,
    // and again after a settle delay longer than another writer's read→write
    // window, merging again when our entry was dropped. Bounded; best effort
    // against a writer that stalls between its read and its write for longer
    // than the settle delay.
    const attempts = Math.max(1, options.tagIndexAttempts ?? 5);
    const settleMs = options.tagIndexSettleMs ?? 1000;
    const tag = (0,src_reference/* referrersTag */.LN)(subject.digest);
    let writes = 0;
    let settled = false;
    for (let round = 1;; round++) {
        const current = await readReferrersTagIndex(client, ref, subject.digest);
        const listed = current?.index.manifests.some((m) => m.digest === referrer.digest) ?? false;
        if (listed) {
            if (writes === 0 || settled) {
                return {
                    manifestDigest: referrer.digest,
                    via: 'tag-schema',
                    location,
                    alreadyPresent: writes === 0,
                    ...(current ? { indexDigest: current.digest } : {}),
                };
            }
            // Listed right after our write: wait out concurrent writers, then look again.
            await sleep(Math.round(settleMs * (0.75 + random() / 4)));
            settled = true;
            continue;
        }
        if (writes > 0)
            log(`${ref.name}: ${tag} was overwritten by another writer; merging again`);
        settled = false;
        if (writes >= attempts || round > attempts * 4)
            break;
        const { index } = mergeReferrersIndex(current?.index, referrer.descriptor);
        // Narrow the race: the tag must still be what we read right before the write.
        const now = await client.manifestExists(ref, tag, src_manifest/* INDEX_ACCEPT */.kJ);
        let conflict = (now?.digest ?? undefined) !== current?.digest;
        if (!conflict) {
            try {
                await client.pushManifest(ref, (0,src_manifest/* serializeIndex */.Jt)(index), src_manifest/* OCI_MEDIA_TYPES */.vQ.index, tag, current?.etag ? { ifMatch: current.etag } : {});
            }
            catch (error) {
                if (!(error instanceof src/* HttpRequestError */.Ci && error.status === 412))
                    throw error;
                conflict = true;
            }
            writes++;
        }
        if (conflict)
            log(`${ref.name}: ${tag} changed while merging (round ${round}); reading it again`);
        if (conflict || writes > 1)
            await sleep(Math.round((options.tagIndexBackoffMs ?? 250) * Math.min(writes + 1, 8) * (0.5 + random() / 2)));
    }
    throw new src/* InfrastructureError */.EN(`${ref.name}: could not list the referrer ${referrer.digest} in the tag ${tag} after ${attempts} writes: other writers kept changing it. The referrer itself is stored; run the step again.`);
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-transport.ts
/**
 * The registry client's transport: every request goes through action-kit's
 * one HTTP policy — redirects by hand (never to plain HTTP off loopback, the
 * Authorization never to another origin), deadlines (a total per request, a
 * total and an idle one per blob transfer), bodies read with a cap, and
 * 429/5xx/network errors retried with backoff, jitter and Retry-After. A 401
 * is handed to the {@link Authenticator} (registry-auth.ts) and the request
 * sent once more with what it returns.
 */


/**
 * Reads a body with a byte cap enforced while reading (action-kit's
 * http-policy); a body that breaks off is a retryable HttpRequestError, one
 * over the cap is refused at once.
 */
async function readCapped(response, maxBytes, label) {
    try {
        return await (0,src/* readCapped */.EF)(response, maxBytes, label);
    }
    catch (error) {
        if (error instanceof src/* BodyReadError */.NA)
            throw new src/* HttpRequestError */.Ci(error.message, label, response.status, true, { cause: error });
        throw error;
    }
}
/** The registry's error code and message from an error body, if it has one (bounded, for messages). */
async function registryErrorDetail(response) {
    const text = await readCapped(response, 64 * 1024, 'error body')
        .then((b) => b.toString('utf8'))
        .catch(() => '');
    try {
        const parsed = JSON.parse(text);
        const first = parsed.errors?.[0];
        // Registry text: control and invisible characters removed, bounded.
        if (first)
            return `: ${(0,src/* stripInvisible */._0)([first.code, first.message].filter(Boolean).join(' '))}`
                .slice(0, 200)
                .replace(/\s+/g, ' ');
    }
    catch {
        // not a registry error body
    }
    return '';
}
/** Counts every HTTP request sent (token requests and retries included). */
class RequestCounter {
    count = 0;
}
class RegistryTransport {
    counter;
    retry;
    log;
    userAgent;
    requestTimeoutMs;
    blobTimeoutMs;
    blobIdleTimeoutMs;
    fetchFn;
    auth;
    constructor(options, authenticator) {
        this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
        const policy = { ...src/* DEFAULT_RETRY_POLICY */.cO, jitter: 0.5, ...options.retry };
        this.log = options.log ?? (() => undefined);
        this.retry = {
            policy,
            sleep: options.sleep ?? src/* realSleep */.uk,
            log: this.log,
            ...(options.random ? { random: options.random } : {}),
        };
        this.counter = options.counter ?? new RequestCounter();
        this.userAgent = options.userAgent ?? 'scs-oci';
        this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
        this.blobTimeoutMs = options.blobTimeoutMs ?? 15 * 60_000;
        this.blobIdleTimeoutMs = options.blobIdleTimeoutMs ?? 60_000;
        this.auth = authenticator(this);
    }
    /** `<base>/v2/<repository>/<kind>/<reference>` */
    url(ref, kind, reference) {
        return `${(0,src_reference/* registryBaseUrl */.mO)(ref.apiHost)}/v2/${ref.repository}/${kind}/${reference}`;
    }
    /** One request under the policy: the request deadline, or for a blob transfer its total and idle deadlines. */
    async send(url, init, transfer = 'request') {
        this.counter.count++;
        const limits = transfer === 'blob'
            ? { timeoutMs: this.blobTimeoutMs, idleTimeoutMs: this.blobIdleTimeoutMs }
            : { timeoutMs: this.requestTimeoutMs };
        return (0,src/* fetchWithPolicy */.Vu)(this.fetchFn, url, init, undefined, limits);
    }
    headers(extra, authorization) {
        return { 'User-Agent': this.userAgent, ...extra, ...(authorization ? { Authorization: authorization } : {}) };
    }
    /**
     * One exchange with retries (429/5xx/network) and authentication (401,
     * then once more with the new Authorization). A 403 ends in a
     * RegistryAuthError. Any other status is the caller's to judge.
     */
    async exchange(exchange) {
        const attempt = () => exchange.attempt(this.auth.header(exchange.ref, exchange.access));
        let response = await (0,src/* withRetries */.LH)(exchange.label, this.retry, attempt);
        for (let round = 0; response.status === 401 && round < 3; round++) {
            const challenge = response.headers.get('www-authenticate');
            await response.body?.cancel().catch(() => undefined);
            await this.auth.authenticate(exchange, challenge, round);
            response = await (0,src/* withRetries */.LH)(exchange.label, this.retry, attempt);
        }
        if (response.status === 401 || response.status === 403)
            throw await this.auth.refused(exchange, response);
        return response;
    }
    /**
     * A plain request (one send per attempt). `consume` reads a 2xx body
     * inside the retried attempt, so a body cut short is retried too.
     */
    request(ref, method, url, options = {}) {
        const label = `${method} ${(0,src/* displayUrl */.Qy)(url)}`;
        return this.exchange({
            ref,
            access: options.access ?? 'pull',
            label,
            url,
            attempt: async (authorization) => {
                const response = await this.send(url, {
                    method,
                    headers: this.headers(options.headers ?? {}, authorization),
                    ...(options.body ? { body: options.body } : {}),
                }, options.transfer ?? 'request');
                if (response.ok && options.consume)
                    await options.consume(response);
                return response;
            },
        });
    }
    static async failure(label, url, response) {
        const detail = await registryErrorDetail(response);
        return new src/* HttpRequestError */.Ci(`${label}: HTTP ${response.status}${detail}`, (0,src/* displayUrl */.Qy)(url), response.status, false);
    }
    /** Refuses a digest other than sha256:<64 hex> before it goes into a URL. */
    checkDigest(ref, digest, what) {
        if (!src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(digest)) {
            throw new src/* InfrastructureError */.EN(`${ref.name}: unsupported ${what} digest '${digest.slice(0, 100)}' (sha256 only)`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-auth.ts
/**
 * Registry authentication: a 401 with a `Bearer` challenge is answered with
 * a token from the challenge's realm (anonymous, or with the credentials the
 * provider finds for the host; `pull,push` scope when pushing); a `Basic`
 * challenge with the credentials themselves. Tokens are cached per
 * repository and access. A credential, token or Authorization header never
 * appears in an error or a log line; `onSecret` sees each secret first.
 * 401/403 end in a RegistryAuthError that names the registry and what to
 * fix; they are not retried. Token requests go through the transport (one
 * HTTP policy).
 */



/** A 401 or 403 from a registry (or its token service): what to fix is in the message. Not retried. */
class RegistryAuthError extends src/* HttpRequestError */.Ci {
    registry;
    access;
    name = 'RegistryAuthError';
    constructor(message, url, status, 
    /** The registry host ('ghcr.io'). */
    registry, access) {
        super(message, url, status, false);
        this.registry = registry;
        this.access = access;
    }
}
/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"`; undefined for other schemes. */
function parseBearerChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*Bearer\s+(.*)$/is.exec(header);
    if (!match)
        return undefined;
    const params = {};
    const re = /([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (let m = re.exec(match[1]); m; m = re.exec(match[1])) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    }
    if (!params.realm)
        return undefined;
    return {
        realm: params.realm,
        ...(params.service ? { service: params.service } : {}),
        ...(params.scope ? { scope: params.scope } : {}),
    };
}
function isBasicChallenge(header) {
    return header !== null && /^\s*Basic\b/i.test(header);
}
/** What to do about a 401/403 at `registry`, for error messages. */
function authAdvice(registry, access, hadCredentials) {
    if (registry === 'ghcr.io') {
        return access === 'push'
            ? 'give the job `permissions: packages: write` and make sure the package lets this repository write to it (package settings → Manage Actions access), or log in with a token that has write:packages'
            : 'give the job `permissions: packages: read` (for a private package, also grant this repository access in the package settings), or log in with a token that has read:packages';
    }
    const login = `run docker login ${registry} (or docker/login-action) before this step, or pass a username and password`;
    return hadCredentials ? `check that those credentials may ${access} here; ${login}` : login;
}
class RegistryAuth {
    transport;
    credentials;
    /** Authorization per `apiHost/repository`. */
    auth = new Map();
    /** Credential look-ups per registry host (a helper runs once). */
    credentialCache = new Map();
    onSecret;
    constructor(transport, credentials, onSecret) {
        this.transport = transport;
        this.credentials = credentials;
        this.onSecret = onSecret ?? (() => undefined);
    }
    /** The error for a 401 or 403 that authentication did not cure (what to fix, never a secret). */
    async refused(exchange, response) {
        const detail = await registryErrorDetail(response);
        const state = this.auth.get(this.authKey(exchange.ref));
        const had = state !== undefined && !state.anonymous;
        return new RegistryAuthError(`${exchange.label}: HTTP ${response.status}${detail} (${exchange.access} ${response.status === 403 ? 'denied' : 'not authorised'} at ${exchange.ref.registry}): ${authAdvice(exchange.ref.registry, exchange.access, had)}`, (0,src/* displayUrl */.Qy)(exchange.url), response.status, exchange.ref.registry, exchange.access);
    }
    /** The Authorization header to send for `access`, when one is held. */
    header(ref, access) {
        return this.currentAuth(ref, access)?.header;
    }
    credentialFor(registry) {
        if (!this.credentials)
            return Promise.resolve(undefined);
        let found = this.credentialCache.get(registry);
        if (!found) {
            found = this.credentials(registry).then((credential) => {
                if (credential?.kind === 'basic')
                    this.onSecret(credential.password);
                if (credential?.kind === 'identity-token')
                    this.onSecret(credential.token);
                return credential;
            });
            this.credentialCache.set(registry, found);
        }
        return found;
    }
    authKey(ref) {
        return `${ref.apiHost}/${ref.repository}`;
    }
    currentAuth(ref, access) {
        const state = this.auth.get(this.authKey(ref));
        if (!state)
            return undefined;
        // A pull token is not enough to push: the 401 that follows asks for a push token.
        if (access === 'push' && state.access === 'pull')
            return undefined;
        return state;
    }
    async fetchToken(ref, challenge, access, credential) {
        let realm;
        try {
            realm = new URL(challenge.realm);
        }
        catch {
            throw new src/* InfrastructureError */.EN(`${ref.name}: the registry's token realm '${challenge.realm.slice(0, 200)}' is not a URL`);
        }
        if (!(realm.protocol === 'https:' || (realm.protocol === 'http:' && (0,src_reference/* isLoopbackHost */.cW)(realm.host)))) {
            throw new src/* InfrastructureError */.EN(`${ref.name}: refusing the token realm ${(0,src/* displayUrl */.Qy)(realm.href)} (HTTPS required except on loopback)`);
        }
        const scope = access === 'push'
            ? `repository:${ref.repository}:pull,push`
            : (challenge.scope ?? `repository:${ref.repository}:pull`);
        const label = `${credential?.kind === 'identity-token' ? 'POST' : 'GET'} ${(0,src/* displayUrl */.Qy)(realm.href)}`;
        const who = credential ? `with the credentials from ${credential.source}` : 'anonymously';
        this.transport.log(`${ref.name}: requesting a ${access} token from ${(0,src/* displayUrl */.Qy)(realm.href)} ${who}`);
        let init;
        if (credential?.kind === 'identity-token') {
            // docker's OAuth2 refresh-token grant.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credential.token,
                client_id: this.transport.userAgent,
                scope,
            });
            if (challenge.service)
                form.set('service', challenge.service);
            init = {
                method: 'POST',
                headers: this.transport.headers({ Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' }, undefined),
                body: form.toString(),
            };
        }
        else {
            if (challenge.service)
                realm.searchParams.set('service', challenge.service);
            realm.searchParams.set('scope', scope);
            // As docker sends it; some token services (Harbor, GitLab) key the grant on it.
            if (credential)
                realm.searchParams.set('account', credential.username);
            const basic = credential
                ? `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`
                : undefined;
            init = { method: 'GET', headers: this.transport.headers({ Accept: 'application/json' }, basic) };
        }
        const url = realm.href;
        const response = await (0,src/* withRetries */.LH)(label, this.transport.retry, () => this.transport.send(url, init));
        if (response.status === 401 || response.status === 403) {
            await response.body?.cancel().catch(() => undefined);
            const what = credential
                ? `the registry's token service refused the credentials from ${credential.source} for ${access}`
                : `the registry's token service refused an anonymous ${access} token`;
            throw new RegistryAuthError(`${label}: HTTP ${response.status} (${what}): ${authAdvice(ref.registry, access, credential !== undefined)}`, (0,src/* displayUrl */.Qy)(url), response.status, ref.registry, access);
        }
        if (!response.ok) {
            const detail = await registryErrorDetail(response);
            throw new src/* HttpRequestError */.Ci(`${label}: HTTP ${response.status}${detail} (no ${access} token)`, (0,src/* displayUrl */.Qy)(url), response.status, false);
        }
        const body = await readCapped(response, 1024 * 1024, label);
        let token;
        try {
            const parsed = JSON.parse(body.toString('utf8'));
            token = parsed.token ?? parsed.access_token;
        }
        catch {
            token = undefined;
        }
        if (typeof token !== 'string' || token === '')
            throw new src/* InfrastructureError */.EN(`${label}: the answer holds no token`);
        this.onSecret(token);
        return token;
    }
    /**
     * Answers a 401: a Bearer challenge gets a token (anonymous or with the
     * host's credentials), a Basic one the credentials. In the first round a
     * token we already hold is simply replaced (it may have expired, or lack
     * the scope); a 401 right after a fresh token or with Basic credentials
     * ends in a RegistryAuthError.
     */
    async authenticate(exchange, challengeHeader, round) {
        const { ref, access, label, url } = exchange;
        const key = this.authKey(ref);
        const previous = this.auth.get(key);
        const challenge = parseBearerChallenge(challengeHeader);
        const credential = await this.credentialFor(ref.registry);
        if (challenge) {
            const covered = previous !== undefined && (previous.access === undefined || previous.access === 'push' || access === 'pull');
            if (round > 0 && covered && !previous.anonymous) {
                throw new RegistryAuthError(`${label}: HTTP 401 (the registry refused the token it issued for ${access}): ${authAdvice(ref.registry, access, true)}`, (0,src/* displayUrl */.Qy)(url), 401, ref.registry, access);
            }
            if (round > 0 && covered && previous.anonymous && !credential) {
                throw new RegistryAuthError(`${label}: HTTP 401 with an anonymous token (${access === 'pull' ? 'the repository is not public' : 'pushing needs credentials'}; no credentials for ${ref.registry}): ${authAdvice(ref.registry, access, false)}`, (0,src/* displayUrl */.Qy)(url), 401, ref.registry, access);
            }
            this.auth.delete(key);
            const token = await this.fetchToken(ref, challenge, access, credential);
            this.auth.set(key, { header: `Bearer ${token}`, access, anonymous: credential === undefined });
            return;
        }
        if (isBasicChallenge(challengeHeader) && credential) {
            if (previous && !previous.anonymous) {
                throw new RegistryAuthError(`${label}: HTTP 401 (the registry refused the credentials from ${credential.source}): ${authAdvice(ref.registry, access, true)}`, (0,src/* displayUrl */.Qy)(url), 401, ref.registry, access);
            }
            if (credential.kind !== 'basic') {
                throw new RegistryAuthError(`${label}: HTTP 401 (the registry wants a password, but ${credential.source} holds only an identity token): ${authAdvice(ref.registry, access, true)}`, (0,src/* displayUrl */.Qy)(url), 401, ref.registry, access);
            }
            this.auth.set(key, {
                header: `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`,
                anonymous: false,
            });
            return;
        }
        throw new RegistryAuthError(`${label}: HTTP 401 (the registry wants credentials; only anonymous ${access === 'pull' ? 'pulls were' : 'access was'} possible: ${credential
            ? `it does not accept the credentials from ${credential.source}`
            : `no credentials for ${ref.registry}`}): ${authAdvice(ref.registry, access, credential !== undefined)}`, (0,src/* displayUrl */.Qy)(url), 401, ref.registry, access);
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-client.ts
/**
 * An OCI distribution client on the global `fetch`: resolve a tag to a
 * digest once, read manifests and indexes (with their platforms), read and
 * push blobs and manifests, with every digest computed locally and checked.
 *
 * This module is the content side (manifests, blobs, referrers); the
 * requests themselves go through the transport (registry-transport.ts:
 * action-kit's one HTTP policy — deadlines, retries with backoff, jitter and
 * Retry-After, redirects without downgrade or credentials across origins,
 * caps while reading) and authentication is registry-auth.ts's (token
 * exchange, credentials, what to fix on a 401/403).
 *
 * Plain HTTP for loopback registries (127.0.0.0/8, localhost, [::1]), as
 * docker and go-containerregistry do; HTTPS for every other host, token
 * realms included.
 */







const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
class RegistryClient {
    transport;
    constructor(options = {}) {
        this.transport = new RegistryTransport(options, (transport) => new RegistryAuth(transport, options.credentials, options.onSecret));
    }
    /** The shared request counter. */
    get counter() {
        return this.transport.counter;
    }
    /** Requests sent so far by this client (token requests and retries included). */
    get requests() {
        return this.transport.counter.count;
    }
    /** `<base>/v2/<repository>/<kind>/<reference>` */
    url(ref, kind, reference) {
        return this.transport.url(ref, kind, reference);
    }
    /**
     * The manifest (or index) `reference` names, as raw bytes with their
     * checked digest: by digest, the bytes must hash to it; by tag, a
     * Docker-Content-Digest header must match the bytes.
     */
    async getManifestBytes(ref, reference = ref.reference, accept = src_manifest/* MANIFEST_ACCEPT */.dY) {
        const byDigest = reference.includes(':');
        if (byDigest)
            this.transport.checkDigest(ref, reference, 'manifest');
        const url = this.transport.url(ref, 'manifests', reference);
        const label = `GET ${(0,src/* displayUrl */.Qy)(url)}`;
        let bytes = Buffer.alloc(0);
        const response = await this.transport.request(ref, 'GET', url, {
            headers: { Accept: accept },
            consume: async (r) => {
                bytes = await readCapped(r, MAX_MANIFEST_BYTES, label);
            },
        });
        if (response.status !== 200)
            throw await RegistryTransport.failure(label, url, response);
        const actual = (0,src_manifest/* sha256Digest */.sI)(bytes);
        if (byDigest && actual !== reference) {
            throw new src/* InfrastructureError */.EN(`${label}: the manifest's digest is ${actual}, not the ${reference} asked for; refused`);
        }
        const header = response.headers.get('docker-content-digest');
        if (!byDigest && header && src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(header) && header !== actual) {
            throw new src/* InfrastructureError */.EN(`${label}: Docker-Content-Digest ${header} does not match the manifest's bytes (${actual}); refused`);
        }
        let mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
        try {
            const declared = JSON.parse(bytes.toString('utf8')).mediaType;
            if (typeof declared === 'string')
                mediaType = declared;
        }
        catch {
            // parsed (and refused) by the caller
        }
        return { digest: actual, mediaType: mediaType || src_manifest/* OCI_MEDIA_TYPES */.vQ.manifest, bytes };
    }
    /**
     * A single-image manifest by digest (checked against the bytes), or by the
     * reference's tag when `digest` is undefined (the bytes' digest is
     * returned). An index is refused.
     */
    async getManifest(ref, digest) {
        if (digest !== undefined)
            this.transport.checkDigest(ref, digest, 'manifest');
        const fetched = await this.getManifestBytes(ref, digest ?? ref.reference);
        const label = `GET ${(0,src/* displayUrl */.Qy)(this.transport.url(ref, 'manifests', digest ?? ref.reference))}`;
        const { mediaType, manifest } = (0,src_manifest/* parseOciManifest */.Ke)(fetched.bytes, fetched.mediaType, label);
        return { digest: fetched.digest, mediaType, manifest, bytes: fetched.bytes };
    }
    /** An image index by digest or tag (same checks as getManifest); a single manifest is refused. */
    async getIndex(ref, reference = ref.reference) {
        const fetched = await this.getManifestBytes(ref, reference, [src_manifest/* OCI_MEDIA_TYPES */.vQ.index, src_manifest/* OCI_MEDIA_TYPES */.vQ.dockerManifestList].join(', '));
        const { mediaType, index } = (0,src_manifest/* parseOciIndex */.ri)(fetched.bytes, fetched.mediaType, `GET ${(0,src/* displayUrl */.Qy)(this.transport.url(ref, 'manifests', reference))}`);
        return { digest: fetched.digest, mediaType, index, bytes: fetched.bytes };
    }
    /**
     * HEAD of manifest `reference`: what the registry's headers say (each
     * field only when present and well-formed), or undefined on 404. Any other
     * non-200 status is an error; a 405 (HEAD not allowed) gives `{}`.
     */
    async headManifest(ref, reference = ref.reference, accept = src_manifest/* MANIFEST_ACCEPT */.dY) {
        const url = this.transport.url(ref, 'manifests', reference);
        const label = `HEAD ${(0,src/* displayUrl */.Qy)(url)}`;
        const response = await this.transport.request(ref, 'HEAD', url, { headers: { Accept: accept } });
        if (response.status === 404)
            return undefined;
        if (response.status === 405)
            return {};
        if (response.status !== 200)
            throw await RegistryTransport.failure(label, url, response);
        const digest = response.headers.get('docker-content-digest');
        const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
        const length = response.headers.get('content-length');
        return {
            ...(digest && src_reference/* SHA256_DIGEST_PATTERN */.Sl.test(digest) ? { digest } : {}),
            // distribution answers HEAD for unknown things with application/json.
            ...(mediaType && mediaType !== 'application/json' ? { mediaType } : {}),
            ...(length && /^\d+$/.test(length) ? { size: Number(length) } : {}),
        };
    }
    /**
     * Resolves `ref` (its tag, or its digest to check it exists) to the
     * manifest's digest, media type and size: one HEAD; a registry whose HEAD
     * lacks Docker-Content-Digest, Content-Type or Content-Length (or does not
     * allow HEAD) costs a GET whose bytes are hashed (and returned). Throws when
     * the registry answers another digest than the one asked for. Use the digest
     * from here for everything that follows: a tag may move meanwhile.
     */
    async resolveDescriptor(ref, accept = src_manifest/* MANIFEST_ACCEPT */.dY) {
        const url = this.transport.url(ref, 'manifests', ref.reference);
        const label = `HEAD ${(0,src/* displayUrl */.Qy)(url)}`;
        const head = await this.headManifest(ref, ref.reference, accept);
        if (!head) {
            throw new src/* HttpRequestError */.Ci(`${label}: HTTP 404 (${ref.name} does not exist; check the name and tag)`, (0,src/* displayUrl */.Qy)(url), 404, false);
        }
        if (head.digest && head.mediaType && head.size !== undefined) {
            if (ref.digest && head.digest !== ref.digest)
                throw new src/* InfrastructureError */.EN(`${label}: the registry answered ${head.digest} for ${ref.digest}; refused`);
            return { digest: head.digest, mediaType: head.mediaType, size: head.size };
        }
        const fetched = await this.getManifestBytes(ref, ref.reference, accept);
        return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length, bytes: fetched.bytes };
    }
    /** resolveDescriptor without the bytes: {digest, mediaType, size}. */
    async resolveDigest(ref) {
        const { digest, mediaType, size } = await this.resolveDescriptor(ref);
        return { digest, mediaType, size };
    }
    /**
     * Resolves `ref` and, when it is an image index, lists its platform
     * manifests (the index is fetched by the digest just resolved).
     */
    async resolveImage(ref) {
        const resolved = await this.resolveDescriptor(ref);
        if (!(0,src_manifest/* isIndexMediaType */.$$)(resolved.mediaType)) {
            return {
                digest: resolved.digest,
                mediaType: resolved.mediaType,
                size: resolved.size,
                isIndex: false,
                platforms: [],
            };
        }
        let index;
        if (resolved.bytes) {
            index = (0,src_manifest/* parseOciIndex */.ri)(resolved.bytes, resolved.mediaType, ref.name).index;
        }
        else {
            index = (await this.getIndex((0,src_reference/* referenceWithDigest */.gY)(ref, resolved.digest), resolved.digest)).index;
        }
        const platforms = index.manifests
            .filter((entry) => entry.platform &&
            entry.platform.os !== 'unknown' &&
            entry.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest')
            .map((entry) => ({
            digest: entry.digest,
            mediaType: entry.mediaType,
            size: entry.size,
            platform: entry.platform,
        }));
        return { digest: resolved.digest, mediaType: resolved.mediaType, size: resolved.size, isIndex: true, platforms };
    }
    /** Whether the manifest `reference` (tag or digest) exists; its descriptor when it does (404 → undefined). */
    async manifestExists(ref, reference, accept = src_manifest/* MANIFEST_ACCEPT */.dY) {
        const head = await this.headManifest(ref, reference, accept);
        if (!head)
            return undefined;
        if (head.digest && head.mediaType && head.size !== undefined)
            return { digest: head.digest, mediaType: head.mediaType, size: head.size };
        const fetched = await this.getManifestBytes(ref, reference, accept);
        return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length };
    }
    /** Whether the repository holds blob `digest` (HEAD; 404 → false). */
    async blobExists(ref, digest, access = 'pull') {
        this.transport.checkDigest(ref, digest, 'blob');
        const url = this.transport.url(ref, 'blobs', digest);
        const response = await this.transport.request(ref, 'HEAD', url, { access });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw await RegistryTransport.failure(`HEAD ${(0,src/* displayUrl */.Qy)(url)}`, url, response);
    }
    /**
     * Opens blob `descriptor` and hands the 200 answer to `consume` inside the
     * retried attempt (a body cut short is retried when `consume` throws a
     * retryable HttpRequestError). Redirects to storage hosts are followed
     * without the registry's Authorization.
     */
    async streamBlob(ref, descriptor, consume) {
        this.transport.checkDigest(ref, descriptor.digest, 'blob');
        const url = this.transport.url(ref, 'blobs', descriptor.digest);
        const label = `GET ${(0,src/* displayUrl */.Qy)(url)}`;
        let result;
        const response = await this.transport.request(ref, 'GET', url, {
            transfer: 'blob',
            consume: async (r) => {
                result = { value: await consume(r, label, url) };
            },
        });
        if (response.status !== 200 || !result)
            throw await RegistryTransport.failure(label, url, response);
        return result.value;
    }
    /**
     * Blob `descriptor` in memory, refused unless its size and SHA-256 match
     * the descriptor. `maxBytes` (default 16 MiB) caps what is accepted, before
     * any request when the descriptor already says more.
     */
    async fetchBlob(ref, descriptor, options = {}) {
        const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
        if (descriptor.size > maxBytes) {
            throw new src/* InfrastructureError */.EN(`${ref.name}: blob ${descriptor.digest} is ${descriptor.size} bytes, over the ${maxBytes}-byte limit; not fetched`);
        }
        return this.streamBlob(ref, descriptor, async (response, label) => {
            const bytes = await readCapped(response, descriptor.size, label);
            const actual = (0,src_manifest/* sha256Digest */.sI)(bytes);
            if (bytes.length !== descriptor.size || actual !== descriptor.digest) {
                throw new src/* InfrastructureError */.EN(`${label}: the content does not match its digest: got ${actual} (${bytes.length} bytes), expected ${descriptor.digest} (${descriptor.size} bytes); refused`);
            }
            return bytes;
        });
    }
    /**
     * Pushes `data` as a blob unless the repository has it already (HEAD):
     * POST /blobs/uploads/, then a monolithic PUT to the Location (relative or
     * absolute) with `?digest=`. The digest is computed here and compared with
     * the registry's Docker-Content-Digest. A failed upload is retried from
     * the POST. Returns the blob's descriptor.
     */
    async pushBlob(ref, data, mediaType = 'application/octet-stream') {
        const digest = (0,src_manifest/* sha256Digest */.sI)(data);
        const descriptor = { mediaType, digest, size: data.length };
        if (await this.blobExists(ref, digest, 'push')) {
            this.transport.log(`${ref.name}: blob ${digest} already there`);
            return descriptor;
        }
        const start = `${(0,src_reference/* registryBaseUrl */.mO)(ref.apiHost)}/v2/${ref.repository}/blobs/uploads/`;
        const label = `POST ${(0,src/* displayUrl */.Qy)(start)} + PUT`;
        let putUrl = start;
        const response = await this.transport.exchange({
            ref,
            access: 'push',
            label,
            url: start,
            attempt: async (authorization) => {
                const started = await this.transport.send(start, {
                    method: 'POST',
                    headers: this.transport.headers({ 'Content-Length': '0' }, authorization),
                });
                if (started.status !== 202)
                    return started;
                await started.body?.cancel().catch(() => undefined);
                const location = started.headers.get('location');
                if (!location)
                    throw new src/* HttpRequestError */.Ci(`POST ${(0,src/* displayUrl */.Qy)(start)}: HTTP 202 without a Location`, (0,src/* displayUrl */.Qy)(start), 202, false);
                const target = new URL(location, start);
                const origin = new URL(start).origin;
                if (!(target.protocol === 'https:' || (target.protocol === 'http:' && (0,src_reference/* isLoopbackHost */.cW)(target.host)))) {
                    throw new src/* HttpRequestError */.Ci(`POST ${(0,src/* displayUrl */.Qy)(start)}: refusing the upload location ${(0,src/* displayUrl */.Qy)(target.href)} (HTTPS required except on loopback)`, (0,src/* displayUrl */.Qy)(start), 202, false);
                }
                target.searchParams.set('digest', digest);
                putUrl = target.href;
                return this.transport.send(target.href, {
                    method: 'PUT',
                    headers: this.transport.headers({ 'Content-Type': 'application/octet-stream', 'Content-Length': String(data.length) }, 
                    // Upload sessions on another host (storage) do not get the registry's credentials.
                    target.origin === origin ? authorization : undefined),
                    body: data,
                }, 'blob');
            },
        });
        if (response.status !== 201 && response.status !== 204) {
            throw await RegistryTransport.failure(`PUT ${(0,src/* displayUrl */.Qy)(putUrl)} (blob upload)`, putUrl, response);
        }
        await response.body?.cancel().catch(() => undefined);
        const answered = response.headers.get('docker-content-digest');
        if (answered && answered !== digest) {
            throw new src/* InfrastructureError */.EN(`PUT ${(0,src/* displayUrl */.Qy)(putUrl)}: the registry stored ${answered} for a blob whose digest is ${digest}; refused`);
        }
        return descriptor;
    }
    /**
     * Pushes manifest `bytes` (sent as is, with `mediaType` as Content-Type)
     * under `reference`: a tag, or its own digest when undefined. The digest is
     * computed here; a registry answering another Docker-Content-Digest is an
     * error. `ifMatch` makes the write conditional on registries that support
     * it (a 412 is thrown as an HttpRequestError with status 412).
     */
    async pushManifest(ref, bytes, mediaType, reference, options = {}) {
        const digest = (0,src_manifest/* sha256Digest */.sI)(bytes);
        if (bytes.length > MAX_MANIFEST_BYTES)
            throw new src/* InfrastructureError */.EN(`${ref.name}: a ${bytes.length}-byte manifest is over the ${MAX_MANIFEST_BYTES}-byte limit`);
        const target = reference ?? digest;
        if (target.includes(':') && target !== digest) {
            throw new src/* InfrastructureError */.EN(`${ref.name}: pushing a manifest whose digest is ${digest} under ${target.slice(0, 80)}; refused`);
        }
        const url = this.transport.url(ref, 'manifests', target);
        const label = `PUT ${(0,src/* displayUrl */.Qy)(url)}`;
        const response = await this.transport.request(ref, 'PUT', url, {
            access: 'push',
            headers: { 'Content-Type': mediaType, ...(options.ifMatch ? { 'If-Match': options.ifMatch } : {}) },
            body: bytes,
        });
        if (response.status !== 201 && response.status !== 200 && response.status !== 204)
            throw await RegistryTransport.failure(label, url, response);
        await response.body?.cancel().catch(() => undefined);
        const answered = response.headers.get('docker-content-digest');
        if (answered && answered !== digest) {
            throw new src/* InfrastructureError */.EN(`${label}: the registry stored ${answered} for a manifest whose digest is ${digest}; refused`);
        }
        const location = response.headers.get('location');
        const ociSubject = response.headers.get('oci-subject');
        return {
            digest,
            mediaType,
            size: bytes.length,
            location: location ? (0,src/* displayUrl */.Qy)(new URL(location, url).href) : (0,src/* displayUrl */.Qy)(url),
            ...(ociSubject ? { ociSubject } : {}),
        };
    }
    /**
     * GET `url` (in this repository's API) for an index, returning the answer
     * for the caller to judge: used for the referrers API, whose 404 means
     * "not supported", and for pagination links.
     */
    async getRaw(ref, url, accept, maxBytes = MAX_MANIFEST_BYTES) {
        let bytes = Buffer.alloc(0);
        const label = `GET ${(0,src/* displayUrl */.Qy)(url)}`;
        const response = await this.transport.request(ref, 'GET', url, {
            headers: { Accept: accept },
            consume: async (r) => {
                bytes = await readCapped(r, maxBytes, label);
            },
        });
        if (!response.ok)
            await response.body?.cancel().catch(() => undefined);
        return { status: response.status, headers: response.headers, bytes };
    }
    /**
     * Stores a Sigstore bundle as a referrer of `subject` (cosign's
     * BUNDLE_SPEC): bundle layer, empty config, manifest; listed by the
     * registry's referrers API, else in the `sha256-<hex>` tag index.
     * Idempotent: the same bundle attached twice is one entry.
     */
    async attachReferrer(ref, subject, artifact, options = {}) {
        const built = buildBundleReferrer({ ...artifact, subject });
        return pushReferrer(this, ref, built, artifact.bundle, {
            sleep: this.transport.retry.sleep,
            log: this.transport.log,
            ...(this.transport.retry.random ? { random: this.transport.retry.random } : {}),
            ...options,
        });
    }
    /** The referrers of `subjectDigest` (referrers API, else the tag schema), optionally of one artifactType. */
    listReferrers(ref, subjectDigest, options = {}) {
        return findReferrers(this, ref, subjectDigest, options);
    }
    /** cosign's legacy `sha256-<hex>.sig` / `.att` tags of `subjectDigest`, when they exist. */
    legacyCosignTags(ref, subjectDigest) {
        return findLegacyCosignTags(this, ref, subjectDigest);
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/action-client.ts



/**
 * The registry client every action builds the same way: the credential chain
 * (the step's username and password, then docker's config and helpers, then
 * the workflow token for ghcr.io), each secret masked before use, and debug
 * lines to the action's log.
 */
function registryClientForAction(inputs, 
/** GITHUB_ACTOR: the user name that goes with the workflow token. */
actor, outlets) {
    return new RegistryClient({
        ...outlets.options,
        credentials: credentialChain({
            ...(inputs.registryUsername ? { username: inputs.registryUsername } : {}),
            ...(inputs.registryPassword ? { password: inputs.registryPassword } : {}),
            ...(inputs.githubToken ? { githubToken: inputs.githubToken } : {}),
            ...(actor ? { githubActor: actor } : {}),
        }),
        onSecret: outlets.mask,
        log: outlets.debug,
    });
}
/**
 * Resolves `image` (a tag or a digest; for an index, its platform manifests)
 * with a step's registry access: its `registry-username` / `registry-password`
 * login when given, then the docker config, then the workflow token for
 * ghcr.io. What scan and sbom use for `platform: all`.
 */
function resolveImageForAction(image, access, runtime) {
    const client = registryClientForAction({
        ...(access.registryLogin
            ? { registryUsername: access.registryLogin.username, registryPassword: access.registryLogin.password }
            : {}),
        githubToken: access.githubToken,
    }, runtime.context.actor, { mask: runtime.mask, debug: (message) => runtime.logger.debug(message) });
    return client.resolveImage(parseRegistryReference(image, { label: 'image' }));
}

// EXTERNAL MODULE: ./packages/oci/src/platform.ts
var src_platform = __nccwpck_require__(5534);
// EXTERNAL MODULE: ./packages/signing/src/index.ts + 23 modules
var signing_src = __nccwpck_require__(2569);
;// CONCATENATED MODULE: ./actions/provenance/src/github-attestation.ts



/**
 * Stores a Sigstore bundle with GitHub's attestation API
 * (`POST /repos/{owner}/{repo}/attestations` with `{bundle}`, as
 * @actions/attest does), so that `gh attestation verify` and the repository's
 * Attestations page find it. The token needs `attestations: write`.
 */
const ATTESTATIONS_PERMISSION = 'attestations: write';
const STORAGE_RECORD_PERMISSION = 'artifact-metadata: write';
/** The token may not store attestations (HTTP 403/404): `github-attestation: auto` turns it into a notice. */
class AttestationPermissionError extends src/* ConfigurationError */.j1 {
    name = 'AttestationPermissionError';
}
/** GitHub refused the bundle itself (HTTP 422). */
class AttestationRejectedError extends src/* ConfigurationError */.j1 {
    name = 'AttestationRejectedError';
}
async function storeGitHubAttestation(client, repository, serverUrl, bundle) {
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
        throw new src/* InfrastructureError */.EN(`GITHUB_REPOSITORY is not owner/name ('${repository.slice(0, 200)}'); cannot store the attestation with GitHub.`);
    }
    const apiPath = `/repos/${repository}/attestations`;
    let data;
    try {
        ({ data } = await client.request('POST', apiPath, { bundle }, { permission: ATTESTATIONS_PERMISSION }));
    }
    catch (error) {
        if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404) && !error.rateLimited) {
            throw new AttestationPermissionError(`GitHub's attestation API refused to store the attestation (HTTP ${error.status}: ${error.apiMessage}). ` +
                'The job needs `permissions: attestations: write` (and `id-token: write`); add both to the job or workflow. ' +
                'Artifact attestations are available for public repositories, and for private and internal repositories on GitHub Enterprise Cloud. ' +
                'The bundle file and the registry copy were written all the same.', { cause: error });
        }
        if (error instanceof GitHubApiError && error.status === 422) {
            throw new AttestationRejectedError(`GitHub's attestation API rejected the bundle (HTTP 422: ${error.apiMessage}). GitHub accepts bundles signed by Sigstore's public-good instance or GitHub's own (sigstore-instance: public-good or github).`, { cause: error });
        }
        throw new src/* InfrastructureError */.EN(`Storing the attestation with GitHub's attestation API failed: ${error.message}`, { cause: error });
    }
    const body = typeof data === 'string' ? safeParse(data) : data;
    const id = (0,json/* isObject */.G)(body) ? body.id : undefined;
    if ((typeof id !== 'number' && typeof id !== 'string') ||
        String(id) === '' ||
        !/^[0-9A-Za-z_-]{1,64}$/.test(String(id))) {
        throw new src/* InfrastructureError */.EN(`GitHub's attestation API answered without an attestation id (${apiPath}).`);
    }
    return { id: String(id), url: `${serverUrl.replace(/\/+$/, '')}/${repository}/attestations/${String(id)}` };
}
/**
 * An artifact metadata storage record (`POST /orgs/{org}/artifacts/metadata/storage-record`
 * with `{name, digest, registry_url}`, as actions/attest's `create-storage-record`
 * sends it for a pushed image): it links the image to the organization's
 * linked-artifacts page. Organizations only (a user-owned repository is
 * skipped); the token needs `artifact-metadata: write`. Never fails the step:
 * the attestation is made and stored already, so every problem is a reason.
 */
async function createStorageRecord(client, repository, ownerType, request) {
    const [owner, repo] = repository.split('/');
    if (!owner || !repo || !/^[A-Za-z0-9_.-]+$/.test(owner) || !/^[A-Za-z0-9_.-]+$/.test(repo)) {
        return { created: false, reason: `GITHUB_REPOSITORY is not owner/name ('${repository.slice(0, 200)}')` };
    }
    try {
        let type = ownerType;
        if (type === undefined) {
            const { data } = await client.request('GET', `/repos/${owner}/${repo}`, undefined, { permission: 'contents: read' });
            type = typeof data?.owner?.type === 'string' ? data.owner.type : undefined;
        }
        if (type !== 'Organization') {
            return {
                created: false,
                notApplicable: true,
                reason: `storage records exist for organizations only; ${owner} is ${type === undefined ? 'of an unknown type' : `a ${type}`}`,
            };
        }
        const { data } = await client.request('POST', `/orgs/${owner}/artifacts/metadata/storage-record`, { name: request.name, digest: request.digest, registry_url: request.registryUrl }, { permission: STORAGE_RECORD_PERMISSION });
        const records = Array.isArray(data?.storage_records) ? data.storage_records : [];
        const ids = records
            .map((record) => record?.id)
            .filter((id) => typeof id === 'number' && Number.isSafeInteger(id) && id > 0);
        if (ids.length === 0)
            return { created: false, reason: 'GitHub answered without a storage record id' };
        return { created: true, ids: ids.slice(0, 100) };
    }
    catch (error) {
        if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404) && !error.rateLimited) {
            return {
                created: false,
                reason: `GitHub refused it (HTTP ${error.status}: ${error.apiMessage}); the job needs \`permissions: ${STORAGE_RECORD_PERMISSION}\``,
            };
        }
        return { created: false, reason: error.message };
    }
}
function safeParse(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/provenance/src/summary.ts

/** At most this many subject rows; the rest is counted in the note (the statement has them all). */
const MAX_SUBJECT_ROWS = 200;
function renderProvenanceSummary(data, options = {}) {
    const builder = new src/* SummaryBuilder */.CF({
        ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
        itemNoun: ['subject', 'subjects'],
        seeAlso: 'the bundle file (the statement lists every subject)',
    });
    builder.heading(src.md.raw(`Attestation: ${data.predicateLabel}`), 2);
    const facts = [
        [src.md.raw('Predicate type'), src.md.code(data.predicateType)],
        ...(data.platform ? [[src.md.raw('Platform manifest'), src.md.code(data.platform)]] : []),
        [src.md.raw('Subjects'), src.md.raw(String(data.subjects.length))],
        [src.md.raw('Signed by (certificate identity)'), src.md.code(data.certificateIdentity)],
        [src.md.raw('OIDC issuer'), src.md.code(data.certificateIssuer)],
        [src.md.raw('Engine / Sigstore instance'), src.md.join([src.md.code(data.engine), src.md.raw('/'), src.md.code(data.instance)])],
    ];
    if (data.tlog) {
        facts.push([
            src.md.raw('Transparency log entry'),
            data.tlog.url
                ? src.md.link(src.md.raw(`#${escapeIndex(data.tlog.logIndex)}`), data.tlog.url)
                : src.md.code(data.tlog.logIndex),
        ]);
    }
    else {
        facts.push([
            src.md.raw('Transparency log entry'),
            src.md.raw(data.timestamps > 0
                ? `none (${data.timestamps} RFC 3161 timestamp${data.timestamps === 1 ? '' : 's'})`
                : 'none'),
        ]);
    }
    facts.push([src.md.raw('Bundle file'), src.md.code(data.bundlePath)]);
    facts.push([src.md.raw('Predicate file'), src.md.code(data.predicatePath)]);
    if (data.registry.length > 0) {
        for (const ref of data.registry) {
            facts.push([
                src.md.raw('Stored in the registry'),
                src.md.join([
                    src.md.code(`${ref.repository}@${ref.manifestDigest}`),
                    src.md.raw(`(${ref.via === 'referrers-api' ? 'OCI referrers API' : 'sha256-&lt;digest&gt; tag index'})`),
                ]),
            ]);
        }
    }
    else if (data.registryNote) {
        facts.push([src.md.raw('Stored in the registry'), src.md.text(data.registryNote)]);
    }
    if (data.github)
        facts.push([src.md.raw('GitHub attestation'), src.md.link(src.md.raw(`#${escapeIndex(data.github.id)}`), data.github.url)]);
    builder.table({ headers: [src.md.raw('What'), src.md.raw('Value')], rows: facts });
    const rows = data.subjects
        .slice(0, MAX_SUBJECT_ROWS)
        .map((s) => [src.md.code(s.name, 300), src.md.code(`sha256:${s.digest.sha256}`)]);
    builder.details({
        summary: src.md.raw(`Subjects (${data.subjects.length})`),
        open: data.subjects.length <= 10,
        table: { headers: [src.md.raw('Name'), src.md.raw('Digest')], rows },
        ...(data.subjects.length > MAX_SUBJECT_ROWS
            ? {
                footer: src.md.raw(`${data.subjects.length - MAX_SUBJECT_ROWS} more subject(s) are in the statement (see the bundle file).`),
            }
            : {}),
    });
    if (data.verifyCommands.length > 0) {
        builder.heading(src.md.raw('Verify'), 3);
        // Copy-paste commands: exact when copied (commandBlock adds no mention separator to `…@refs/…`).
        builder.markdown(src.md.raw(data.verifyCommands.map((command) => (0,src/* commandBlock */.L)((0,src/* truncate */.xv)(command, 4000))).join('\n')));
    }
    return builder.build().markdown;
}
function escapeIndex(value) {
    return /^[0-9A-Za-z_-]{1,64}$/.test(value) ? value : '?';
}

;// CONCATENATED MODULE: ./actions/provenance/src/verify-commands.ts

/**
 * Copy-paste commands that verify what this step attested, with the exact
 * identity of the signing certificate (never a regular expression a
 * neighbouring workflow could also match).
 */
/** POSIX shell single-quoting: safe for any text (a quote becomes '\''). */
function shellQuote(value) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** cosign's --type: the short name it knows, else the URI. */
function cosignType(predicateType) {
    const name = (0,attestation_src/* predicateTypeName */.Ll)(predicateType);
    if (name === 'slsaprovenance1' || name === 'cyclonedx' || name === 'spdxjson' || name === 'vuln') {
        return name === 'spdxjson' ? predicateType : name;
    }
    return predicateType;
}
function verifyCommands(input) {
    const commands = [];
    const type = shellQuote(cosignType(input.predicateType));
    const identity = `--certificate-identity ${shellQuote(input.certificateIdentity)} --certificate-oidc-issuer ${shellQuote(input.certificateIssuer)}`;
    // cosign trusts the public-good instance out of the box; for GitHub's instance or a custom one it needs
    // that instance's trusted root (GitHub's: `gh attestation trusted-root`).
    const trust = input.instance === 'public-good' ? '' : ' --trusted-root trusted_root.json';
    // gh knows public-good and GitHub's instance; a custom instance needs its trusted root.
    const ghTrust = input.instance === 'custom' ? ' --custom-trusted-root trusted_root.json' : '';
    if (input.imageWithDigest) {
        // gh finds an image's attestation in GitHub's attestation API, or in the registry with --bundle-from-oci.
        const source = input.githubStored ? '' : ' --bundle-from-oci';
        commands.push(`gh attestation verify ${shellQuote(`oci://${input.imageWithDigest}`)} -R ${shellQuote(input.repository)}${source} --predicate-type ${shellQuote(input.predicateType)}${ghTrust}`);
        commands.push(`cosign verify-attestation --type ${type} ${identity}${trust} ${shellQuote(input.imageWithDigest)}`);
    }
    if (input.fileSubject) {
        const bundle = shellQuote(input.bundlePath);
        commands.push(`gh attestation verify ${shellQuote(input.fileSubject)} -R ${shellQuote(input.repository)} --bundle ${bundle} --predicate-type ${shellQuote(input.predicateType)}${ghTrust}`);
        commands.push(`cosign verify-blob-attestation --bundle ${bundle} --type ${type} ${identity}${trust} ${shellQuote(input.fileSubject)}`);
    }
    return commands;
}

;// CONCATENATED MODULE: ./actions/provenance/src/main.ts












function defaultDeps(inputs) {
    const runtime = (0,src/* actionRuntime */.hc)();
    const { context } = runtime;
    let registry;
    return {
        context,
        env: runtime.env,
        logger: runtime.logger,
        setOutput: runtime.setOutput,
        writeSummary: runtime.writeSummary,
        summaryBudget: runtime.summaryBudget,
        now: runtime.now,
        registry: () => (registry ??= registryClientForAction(inputs, context.actor, {
            mask: runtime.mask,
            debug: (message) => runtime.logger.debug(message),
        })),
        // Loaded when needed: the installer (tool-cache and its HTTP stack) is not needed by engine: sigstore.
        installCosign: async (source) => new (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 8031))).CosignInstaller().install({
            ...(source.version ? { version: source.version } : {}),
            ...(source.sha256 ? { sha256: source.sha256 } : {}),
            ...(source.mirror ? { mirror: source.mirror } : {}),
            ...(source.path ? { path: source.path } : {}),
        }),
        createEngine: (config) => (0,signing_src/* createSigningEngine */.CH)(config),
        github: (token) => new GitHubClient({ token, apiUrl: context.apiUrl, log: (message) => runtime.logger.debug(message) }),
        notice: runtime.notice,
    };
}
const PREDICATE_LABELS = {
    slsa: 'SLSA v1 build provenance',
    sbom: 'SBOM',
    vuln: 'vulnerability scan',
    custom: 'custom predicate',
};
async function run(inputs, deps = defaultDeps(inputs)) {
    try {
        await attest(inputs, deps);
    }
    catch (error) {
        if (inputs.summary) {
            await deps.writeSummary((0,src/* failureSummaryMarkdown */.uR)('Attestation could not be completed', (0,src/* describeFailure */.Ic)(error)));
        }
        throw error;
    }
}
/** The subjects of every source, merged; the image tag resolved once (with `platform`, its index's platform manifests listed). */
async function collectSubjects(inputs, deps) {
    const lists = [];
    let image;
    if (inputs.subjects.image) {
        image = await resolveImageSubject(inputs.subjects.image, inputs.subjects.platform, deps);
        lists.push([image.subject]);
    }
    if (inputs.subjects.paths.length > 0)
        lists.push(await (0,attestation_src/* subjectsFromPaths */.wt)(inputs.subjects.paths, { workspace: inputs.workspace }));
    if (inputs.subjects.checksums) {
        lists.push(await (0,attestation_src/* subjectsFromChecksumsFile */.Ic)(inputs.subjects.checksums, `Input \`subject-checksums\` (${external_node_path_.basename(inputs.subjects.checksums)})`));
    }
    if (inputs.subjects.digest)
        lists.push([(0,attestation_src/* subjectFromDigest */.$E)(inputs.subjects.digest, inputs.subjects.name)]);
    return { subjects: (0,attestation_src/* mergeSubjects */.Wj)(lists), ...(image ? { image } : {}) };
}
/**
 * subject-image resolved once (one request: a tag moved later changes nothing); with `platform`, the
 * platform manifests of its index that the input selects (bounded, one level), each its own subject digest.
 */
async function resolveImageSubject(input, platform, deps) {
    const reference = (0,src_reference/* parseRegistryReference */.qq)(input, { label: 'subject-image' });
    const resolved = platform
        ? await deps.registry().resolveImage(reference)
        : { ...(await deps.registry().resolveDigest(reference)), isIndex: false, platforms: [] };
    const descriptor = { digest: resolved.digest, mediaType: resolved.mediaType, size: resolved.size };
    if (reference.digest && descriptor.digest !== reference.digest) {
        throw new src/* InfrastructureError */.EN(`The registry answered ${descriptor.digest} for ${reference.name}; refused.`);
    }
    const subject = (0,attestation_src/* imageSubject */.m1)(input, descriptor.digest);
    deps.logger.info(`subject-image ${reference.name} → ${subject.name}@${descriptor.digest}${reference.digest ? '' : ' (tag resolved once)'}`);
    const platforms = [];
    if (platform) {
        const label = `subject-image ${subject.name}@${descriptor.digest}`;
        for (const manifest of (0,src_platform/* selectPlatformManifests */.Ss)(resolved, platform, label)) {
            const name = (0,src_platform/* platformName */.$r)(manifest.platform);
            platforms.push({
                reference,
                descriptor: { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.size },
                subject: (0,attestation_src/* imageSubject */.m1)(input, manifest.digest),
                platform: name,
            });
            deps.logger.info(`  platform ${name}: ${subject.name}@${manifest.digest} (attested in its own statement)`);
        }
        if (!resolved.isIndex)
            deps.logger.info(`platform: ${subject.name}@${descriptor.digest} is a single manifest, not an index.`);
    }
    return { reference, descriptor, subject, platforms };
}
/** A claim of the verified token as a string ('' when absent): GitHub sends strings, numbers are accepted. */
function claimText(claims, name) {
    const value = claims[name];
    return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}
/**
 * The GitHub server of the verified token (from its issuer, never from
 * GITHUB_SERVER_URL: an earlier step can rewrite the environment through
 * GITHUB_ENV). A differing GITHUB_SERVER_URL is reported, not used.
 */
function serverFromClaims(claims, deps) {
    const server = (0,attestation_src/* githubServerUrlFromIssuer */.tO)(claimText(claims, 'iss'));
    const env = deps.context.serverUrl.replace(/\/+$/, '');
    if (env && env.toLowerCase() !== server.toLowerCase()) {
        deps.logger.warning(`GITHUB_SERVER_URL is ${env.slice(0, 200)}, but the OIDC token was issued for ${server}: the predicate uses ${server} (from the verified token).`);
    }
    return server;
}
/** The run as the verified OIDC token describes it: the vuln predicate's invocation fields. */
function runFromClaims(claims, deps) {
    const run = {
        repository: claimText(claims, 'repository'),
        runId: claimText(claims, 'run_id'),
        runAttempt: claimText(claims, 'run_attempt'),
    };
    const missing = Object.entries({ repository: run.repository, run_id: run.runId, run_attempt: run.runAttempt })
        .filter(([, value]) => !value)
        .map(([name]) => name);
    if (missing.length > 0) {
        throw new src/* ConfigurationError */.j1(`The GitHub OIDC token lacks the claim(s) ${missing.join(', ')} that the vuln predicate's invocation is built from; is this token from a GitHub Actions job?`);
    }
    return { serverUrl: serverFromClaims(claims, deps), ...run };
}
async function buildPredicate(inputs, claims, deps) {
    const p = inputs.predicate;
    switch (p.kind) {
        case 'slsa': {
            // Every field from the verified token's claims; the server from its issuer (never the step environment).
            const verified = (0,attestation_src/* provenanceClaims */.vW)(claims);
            const predicate = (0,attestation_src/* buildSlsaProvenancePredicate */.QJ)(verified, serverFromClaims(claims, deps), p.externalInputs);
            return {
                predicateType: attestation_src/* SLSA_PROVENANCE_V1 */.us,
                predicate: predicate,
                label: PREDICATE_LABELS.slsa,
            };
        }
        case 'sbom': {
            const sbom = await (0,attestation_src/* sbomPredicateFromFile */.f8)(p.sbomPath);
            return {
                predicateType: sbom.predicateType,
                predicate: sbom.predicate,
                label: `SBOM (${sbom.format === 'spdx' ? 'SPDX' : 'CycloneDX'} ${sbom.version})`,
            };
        }
        case 'vuln': {
            const vuln = await (0,attestation_src/* vulnPredicateFromFile */.lk)(p.scanReport, {
                context: runFromClaims(claims, deps),
                ...(typeof claims.workflow_ref === 'string' ? { workflowRef: claims.workflow_ref } : {}),
                now: deps.now,
            });
            return {
                predicateType: vuln.predicateType,
                predicate: vuln.predicate,
                label: `vulnerability scan (${vuln.source})`,
            };
        }
        case 'custom': {
            // Inline JSON (the `predicate` input) was parsed and checked with the inputs; a file is read here.
            if ('inline' in p)
                return { predicateType: p.predicateType, predicate: p.inline, label: PREDICATE_LABELS.custom };
            const custom = await (0,attestation_src/* customPredicateFromFile */.d)(p.predicateType, p.predicatePath);
            return { ...custom, label: PREDICATE_LABELS.custom };
        }
    }
}
function oidcIssuer(inputs, context) {
    if (inputs.oidcIssuer)
        return inputs.oidcIssuer;
    const issuer = (0,attestation_src/* defaultOidcIssuer */.KW)(context.serverUrl);
    if (!issuer) {
        throw new src/* ConfigurationError */.j1(`This runs on ${context.serverUrl}, whose OIDC issuer is not known: set \`oidc-issuer\` (GitHub Enterprise Server: https://<host>/_services/token).`);
    }
    return issuer;
}
async function engineConfig(inputs, instance, idToken, deps) {
    const config = {
        engine: inputs.engine,
        instance,
        idToken,
        registry: deps.registry(),
        logger: deps.logger,
        now: deps.now,
    };
    const retry = (0,signing_src/* retryFromEnv */.wN)(deps.env);
    if (retry)
        config.retry = retry;
    if (inputs.engine === 'cosign') {
        const cosign = await deps.installCosign(inputs.cosign);
        deps.logger.info(`cosign ${cosign.version} (${cosign.source}${cosign.sha256 ? `, sha256 ${cosign.sha256}` : ''})`);
        config.cosign = {
            binary: cosign.binary,
            tempDir: external_node_path_.join(deps.context.runnerTemp, 'provenance-cosign'),
            env: deps.env,
            ...(inputs.registryUsername && inputs.subjects.image
                ? {
                    registryAuth: {
                        registry: (0,src_reference/* parseRegistryReference */.qq)(inputs.subjects.image, { label: 'subject-image' }).registry,
                        username: inputs.registryUsername,
                        password: inputs.registryPassword,
                    },
                }
                : {}),
        };
    }
    return config;
}
/** Why `bundle` is not a DSSE signature over exactly `payload` (in-toto payload type), or undefined when it is. */
function signedPayloadProblem(bundle, payload) {
    const envelope = bundle.dsseEnvelope;
    if (!envelope || typeof envelope.payload !== 'string')
        return 'it holds no DSSE envelope';
    if (envelope.payloadType !== attestation_src/* IN_TOTO_PAYLOAD_TYPE */.T4)
        return `its payload type is '${String(envelope.payloadType).slice(0, 100)}'`;
    const signed = Buffer.from(envelope.payload, 'base64');
    if (!signed.equals(Buffer.from(payload, 'utf8'))) {
        return `its payload has sha256 ${(0,external_node_crypto_.createHash)('sha256').update(signed).digest('hex')}, the statement ${(0,external_node_crypto_.createHash)('sha256').update(payload).digest('hex')}`;
    }
    return undefined;
}
async function attest(inputs, deps) {
    const { instance, idToken, claims } = await identity(inputs, deps);
    // 3. Subjects, 4. predicate, 5. statements: all validated before anything is signed.
    const { subjects, image } = await collectSubjects(inputs, deps);
    const built = await buildPredicate(inputs, claims, deps);
    const planned = planStatements(inputs, subjects, image, built, deps.logger);
    await external_node_fs_.promises.mkdir(inputs.outputDir, { recursive: true });
    const engine = await deps.createEngine(await engineConfig(inputs, instance, idToken, deps));
    const made = [];
    for (const plan of planned)
        made.push(await signStatement(inputs, deps, engine, instance.name, plan));
    // Outputs only once every statement is signed (and stored in the registry): a failed signing reports nothing as
    // attested. Set before GitHub's API is asked, so that a refusal there still says where the bundles are.
    setSigningOutputs(deps, made);
    // 7. GitHub's attestation API, and 8. the storage record of a pushed image.
    await storeMade(inputs, deps, instance.name, made);
    setStoredOutputs(deps, made);
    if (inputs.summary)
        await writeSummary(inputs, deps, instance.name, built.label, made);
}
/** 1. No OIDC, no attestation; 2. the workflow identity (claims verified when they go into the predicate). */
async function identity(inputs, deps) {
    const { context, logger } = deps;
    // Said before anything is resolved, read or downloaded.
    (0,signing_src/* requireIdToken */.it)(context, deps.env);
    const s = inputs.subjects;
    if (!s.image && s.paths.length === 0 && !s.checksums && !s.digest) {
        throw new src/* ConfigurationError */.j1('Nothing to attest: set `subject-image`, `subject-path`, `subject-checksums` or `subject-digest` with `subject-name`.');
    }
    const instance = (0,signing_src/* keylessInstance */.cE)(inputs.sigstore);
    const { firstToken: token, tokenSource: idToken } = await (0,signing_src/* openTokenSession */.mN)({
        env: deps.env,
        logger,
        retry: (0,signing_src/* retryFromEnv */.wN)(deps.env),
    });
    // Claims that go into the predicate (SLSA provenance; the vuln predicate's invocation) are verified first.
    const claims = inputs.predicate.kind === 'slsa' || inputs.predicate.kind === 'vuln'
        ? await (0,signing_src/* verifyIdToken */.Y0)(token, oidcIssuer(inputs, context), { audience: signing_src/* SIGSTORE_AUDIENCE */.OH })
        : (0,signing_src/* decodeClaims */.Yq)(token);
    (0,signing_src/* applyPublicLogPolicy */.M6)(instance, claims, context.payload, inputs.sigstore.publicLog, logger);
    return { instance, idToken, claims };
}
/**
 * One statement for every subject, or (attestation-per-subject) one per subject, for consumers that take a
 * single subject; with `platform`, one more per selected platform manifest, each with its own subject digest.
 */
function planStatements(inputs, subjects, image, built, logger) {
    const groups = (inputs.perSubject ? subjects.map((subject) => [subject]) : [subjects]).map((group) => {
        const hasImage = image && group.some((subject) => sameSubject(subject, image.subject));
        return { subjects: group, ...(hasImage ? { target: image } : {}) };
    });
    if (inputs.perSubject)
        logger.info(`attestation-per-subject: ${groups.length} statement(s), one per subject.`);
    for (const platform of image?.platforms ?? [])
        groups.push({ subjects: [platform.subject], target: platform });
    if (image?.platforms.length)
        logger.info(`platform: ${image.platforms.length} platform manifest statement(s) besides the index's.`);
    return groups.map((group) => {
        const statement = (0,attestation_src/* buildStatement */.Y5)(group.subjects, built.predicateType, built.predicate);
        const payload = (0,attestation_src/* serializeStatement */.US)(statement);
        return {
            statement,
            payload,
            id: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('hex').slice(0, 16),
            ...(group.target ? { target: group.target } : {}),
        };
    });
}
function sameSubject(a, b) {
    return a.name === b.name && a.digest.sha256 === b.digest.sha256;
}
/** 6. Sign one statement; the engine writes the bundle file and, for an image manifest, attaches it as a referrer. */
async function signStatement(inputs, deps, engine, instanceName, { statement, payload, id, target }) {
    const { logger } = deps;
    const bundlePath = external_node_path_.join(inputs.outputDir, `${inputs.predicate.kind}-${id}.sigstore.json`);
    const predicatePath = external_node_path_.join(inputs.outputDir, `${inputs.predicate.kind}-${id}.predicate.json`);
    (0,src/* writeFileNoFollow */.qI)(predicatePath, `${JSON.stringify(statement.predicate, null, 2)}\n`);
    logger.info(`Attesting ${statement.subject.length} subject(s)${target?.platform ? ` (platform manifest ${target.platform})` : ''} with ${statement.predicateType} (${inputs.engine} engine, ${instanceName} instance).`);
    const pushTo = target && inputs.pushToRegistry
        ? {
            reference: (0,src_reference/* referenceWithDigest */.gY)(target.reference, target.descriptor.digest),
            repository: (0,src_reference/* repositoryName */.aR)(target.reference),
            digest: target.descriptor.digest,
            mediaType: target.descriptor.mediaType,
            size: target.descriptor.size,
        }
        : undefined;
    // The engine serializes what it is given with JSON.stringify: hand it the parsed payload, so
    // that the bytes signed are exactly the validated serialization.
    const outcome = await engine.attest(JSON.parse(payload), {
        bundlePath,
        ...(pushTo ? { pushTo } : {}),
    });
    // Both engines refuse a bundle that does not sign the statement before writing or storing it
    // (@scs/signing assertBundleSigns, parsed JSON compared). This second check is byte for byte, for
    // any engine (injected ones included); when it fires, an engine check was bypassed.
    const problem = signedPayloadProblem(outcome.bundle, payload);
    if (problem) {
        const where = outcome.stored
            ? ` It was already stored at ${outcome.stored.repository}@${outcome.stored.manifestDigest} (${outcome.stored.via}); delete that manifest.`
            : '';
        throw new src/* InfrastructureError */.EN(`The ${inputs.engine} engine returned a bundle that does not sign the statement built by this step (${problem}); it is not reported as an attestation.${where}`);
    }
    const registryRefs = outcome.stored
        ? [
            {
                repository: outcome.stored.repository,
                manifestDigest: outcome.stored.manifestDigest,
                via: outcome.stored.via,
                location: outcome.stored.location,
            },
        ]
        : [];
    if (pushTo && registryRefs.length === 0) {
        throw new src/* InfrastructureError */.EN('The signing engine reported no registry location for the attestation although push-to-registry is true; nothing is reported as stored.');
    }
    logger.info(`Signed by ${outcome.certificateIdentity}; bundle ${outcome.bundlePath}.`);
    for (const ref of registryRefs)
        logger.info(`Stored in the registry: ${ref.repository}@${ref.manifestDigest} (${ref.via}).`);
    return { statement, predicatePath, outcome, registryRefs, pushed: Boolean(pushTo), ...(target ? { target } : {}) };
}
function setSigningOutputs(deps, made) {
    const first = made[0];
    deps.setOutput('predicate-file', first.predicatePath);
    deps.setOutput('predicate-type', first.statement.predicateType);
    deps.setOutput('subjects', JSON.stringify(made.flatMap((m) => m.statement.subject)));
    deps.setOutput('bundle-path', first.outcome.bundlePath);
    deps.setOutput('attestation-refs', JSON.stringify(made.flatMap((m) => m.registryRefs)));
    deps.setOutput('certificate-identity', first.outcome.certificateIdentity);
    deps.setOutput('rekor-log-index', first.outcome.tlog?.logIndex ?? '');
}
/** GitHub's attestation API for each attestation, and the storage record of a pushed subject-image (the index). */
async function storeMade(inputs, deps, instanceName, made) {
    // Created when first needed (never for github-attestation: false, nor without a token).
    let githubClient;
    const client = () => inputs.githubAttestation !== 'false' && inputs.githubToken
        ? (githubClient ??= deps.github(inputs.githubToken))
        : undefined;
    const refusal = { noticed: false };
    for (const m of made) {
        const stored = await storeWithGitHub(inputs, deps, client, instanceName, m.outcome.bundle, refusal);
        if (stored)
            m.stored = stored;
        const image = m.target && !m.target.platform ? m.target : undefined;
        const recordClient = stored && m.pushed && image && inputs.createStorageRecord ? client() : undefined;
        if (!recordClient || !image)
            continue;
        const storageRecord = await createStorageRecord(recordClient, deps.context.repository, payloadOwnerType(deps.context), {
            name: image.subject.name,
            digest: image.descriptor.digest,
            registryUrl: `https://${image.reference.registry}`,
        });
        const what = `${image.subject.name}@${image.descriptor.digest}`;
        if (storageRecord.created) {
            deps.logger.info(`Storage record(s) ${storageRecord.ids.join(', ')} created for ${what}.`);
            m.storageRecordIds = storageRecord.ids;
        }
        else if (storageRecord.notApplicable) {
            deps.logger.info(`No artifact metadata storage record: ${storageRecord.reason}.`);
        }
        else {
            deps.logger.warning(`No artifact metadata storage record was created for ${what}: ${storageRecord.reason}. The attestation is made and stored all the same.`);
        }
    }
}
function setStoredOutputs(deps, made) {
    const first = made[0];
    deps.setOutput('attestation-id', first.stored?.id ?? '');
    deps.setOutput('attestation-url', first.stored?.url ?? '');
    deps.setOutput('storage-record-ids', JSON.stringify(made.flatMap((m) => m.storageRecordIds ?? [])));
    deps.setOutput('attestations', JSON.stringify(made.map((m) => ({
        subjects: m.statement.subject,
        platform: m.target?.platform ?? '',
        'bundle-path': m.outcome.bundlePath,
        'attestation-id': m.stored?.id ?? '',
        'attestation-url': m.stored?.url ?? '',
        'attestation-refs': m.registryRefs,
        'rekor-log-index': m.outcome.tlog?.logIndex ?? '',
    }))));
}
async function writeSummary(inputs, deps, instanceName, label, made) {
    const budget = Math.floor((await deps.summaryBudget()) / made.length);
    const parts = made.map((m) => {
        const target = m.target;
        const firstFile = m.statement.subject.find((subject) => !(target && sameSubject(subject, target.subject)));
        const outcome = m.outcome;
        const commands = verifyCommands({
            ...(target ? { imageWithDigest: `${target.subject.name}@${target.descriptor.digest}` } : {}),
            ...(firstFile ? { fileSubject: firstFile.name } : {}),
            bundlePath: outcome.bundlePath,
            predicateType: m.statement.predicateType,
            certificateIdentity: outcome.certificateIdentity,
            certificateIssuer: outcome.certificateIssuer,
            repository: deps.context.repository,
            githubStored: m.stored !== undefined,
            instance: instanceName,
        });
        const registryNote = target ? 'not pushed (push-to-registry: false)' : 'not applicable (no subject-image)';
        return renderProvenanceSummary({
            predicateLabel: label,
            predicateType: m.statement.predicateType,
            ...(target?.platform ? { platform: target.platform } : {}),
            subjects: m.statement.subject,
            engine: inputs.engine,
            instance: instanceName,
            certificateIdentity: outcome.certificateIdentity,
            certificateIssuer: outcome.certificateIssuer,
            ...(outcome.tlog
                ? { tlog: { logIndex: outcome.tlog.logIndex, ...(outcome.tlog.url ? { url: outcome.tlog.url } : {}) } }
                : {}),
            timestamps: outcome.timestamps,
            bundlePath: outcome.bundlePath,
            predicatePath: m.predicatePath,
            registry: m.registryRefs,
            ...(m.registryRefs.length === 0 ? { registryNote } : {}),
            ...(m.stored ? { github: m.stored } : {}),
            verifyCommands: commands,
        }, { budgetBytes: budget });
    });
    await deps.writeSummary(parts.join('\n'));
}
/** The repository owner's type from the event payload (Organization, User), when the payload says. */
function payloadOwnerType(context) {
    const type = context.payload?.repository?.owner
        ?.type;
    return typeof type === 'string' ? type : undefined;
}
/**
 * github-attestation: false → not stored; true → stored or the step fails;
 * auto (the default, what actions/attest users expect) → stored when GitHub
 * can take the bundle (public-good or github instance, a token), and a
 * missing permission (HTTP 403/404) or a refused bundle (422) is a notice:
 * the attestation is made and kept (bundle file, registry) all the same.
 */
async function storeWithGitHub(inputs, deps, githubClient, instanceName, bundle, 
/** Set once auto mode gave up (one notice, not one per attestation). */
refusal) {
    if (inputs.githubAttestation === 'false' || refusal.noticed)
        return undefined;
    const auto = inputs.githubAttestation === 'auto';
    if (auto && instanceName === 'custom') {
        refusal.noticed = true;
        deps.logger.info("Not stored with GitHub's attestation API (github-attestation: auto): it takes bundles of the public-good or github Sigstore instance only.");
        return undefined;
    }
    const client = githubClient();
    if (!client) {
        refusal.noticed = true;
        if (auto)
            (deps.notice ?? core/* notice */.lm)("Not stored with GitHub's attestation API: no `github-token` (github-attestation: auto). The bundle file and any registry copy were written.");
        return undefined;
    }
    try {
        const stored = await storeGitHubAttestation(client, deps.context.repository, deps.context.serverUrl, bundle);
        deps.logger.info(`Stored with GitHub's attestation API: ${stored.url}`);
        return stored;
    }
    catch (error) {
        if (auto && (error instanceof AttestationPermissionError || error instanceof AttestationRejectedError)) {
            refusal.noticed = true;
            (deps.notice ?? core/* notice */.lm)(`Not stored with GitHub's attestation API (github-attestation: auto): ${error.message} ` +
                'Set `github-attestation: true` to fail the step instead, or `false` not to try.');
            return undefined;
        }
        throw error;
    }
}


/***/ }),

/***/ 4644:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  NA: () => (/* reexport */ BodyReadError),
  j1: () => (/* reexport */ errors_ConfigurationError),
  cO: () => (/* reexport */ DEFAULT_RETRY_POLICY),
  Ci: () => (/* reexport */ HttpRequestError),
  EN: () => (/* reexport */ InfrastructureError),
  iH: () => (/* reexport */ process_REGISTRY_CLOUD_ENVIRONMENT),
  jw: () => (/* reexport */ RedirectRefusedError),
  k2: () => (/* reexport */ SizeCapError),
  CF: () => (/* reexport */ SummaryBuilder),
  Q6: () => (/* reexport */ VERSION_PATTERN),
  hc: () => (/* reexport */ actionRuntime),
  Lm: () => (/* reexport */ assertConfined),
  EY: () => (/* reexport */ backoffDelay),
  L: () => (/* reexport */ commandBlock),
  Ic: () => (/* reexport */ describeFailure),
  Qy: () => (/* reexport */ displayUrl),
  gJ: () => (/* reexport */ errorMessage),
  uR: () => (/* reexport */ failureSummaryMarkdown),
  Vu: () => (/* reexport */ fetchWithPolicy),
  pW: () => (/* reexport */ getBoolean),
  GV: () => (/* reexport */ getEnum),
  vS: () => (/* reexport */ getList),
  Yn: () => (/* reexport */ getPath),
  r6: () => (/* reexport */ inputs_getSecret),
  AA: () => (/* reexport */ inputs_getString),
  Ax: () => (/* reexport */ getToolInputs),
  ID: () => (/* reexport */ getUrl),
  pq: () => (/* reexport */ isLoopbackHostname),
  tS: () => (/* reexport */ isSecretVariable),
  UO: () => (/* reexport */ isWithin),
  md: () => (/* reexport */ md),
  mu: () => (/* reexport */ parseRetryAfter),
  JR: () => (/* reexport */ rawInput),
  EF: () => (/* reexport */ readCapped),
  uk: () => (/* reexport */ realSleep),
  rU: () => (/* reexport */ retryLoop),
  Cs: () => (/* reexport */ runAction),
  R3: () => (/* reexport */ runProcess),
  _0: () => (/* reexport */ escape_stripInvisible),
  os: () => (/* reexport */ tailLines),
  uQ: () => (/* reexport */ process_toolEnvironment),
  xv: () => (/* reexport */ escape_truncate),
  XX: () => (/* reexport */ validateImageReference),
  iQ: () => (/* reexport */ inputs_validatePath),
  LH: () => (/* reexport */ withRetries),
  qI: () => (/* reexport */ writeFileNoFollow)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_LEVEL, ANNOTATION_LEVELS, BASE_ENVIRONMENT, CONFIG_FILE_VARIABLES, DEFAULT_MAX_TEXT_CHARS, DEFAULT_SUMMARY_BUDGET_BYTES, IdleTimeoutError, MAX_ANNOTATION_MESSAGE_BYTES, MAX_ANNOTATION_TITLE_CHARS, MAX_PATH_LENGTH, MAX_REDIRECTS, MAX_SKIP_PATTERNS, PolicyFailure, REPOSITORY_CONFIG_FILES, STEP_SUMMARY_LIMIT_BYTES, SUITE_TOOL_PREFIXES, SafeMarkdown, assertSingleLine, availableSummaryBytes, causeChain, checkRedirect, createRuntime, describeNetworkError, emitAnnotations, ensureConfinedDirectory, escapeCommandData, escapeCommandProperty, escapeHtml, escapeHtmlAndMarkdown, escapeMarkdown, exactlyOne, formatAnnotation, getInputsRead, getRegistryLogin, getSkipPatterns, getVersion, htmlText, imageArchiveDigest, imageRegistry, isRetryableStatus, isUntrustedTrigger, logger, makePrivateDirectory, markdownCode, mayHoldWorkflowCommand, moveFileNoFollow, neutralizeMentions, plainText, prepareToolRunDirectory, pullRequestFromPayload, readArchiveKind, readFileCapped, readFileCappedSync, readInputFileCapped, readRunContext, realPathAllowingMissing, realRoots, registryLoginVariables, resetInputsRead, safeUrl, selectAnnotations, sniffArchive, startRuntime, stopCommandsWrap, toolRegistryEnvironment, truncateUtf8, unusedRepositoryConfigFiles, utf8Bytes, validateImageArchive, writeFileNoFollowWith, writeJobSummary

;// CONCATENATED MODULE: ./packages/action-kit/src/errors.ts
/**
 * Error taxonomy shared by every action. `runAction` turns each kind into a
 * different failure message; library code only throws.
 */
/** A problem the user can fix in their workflow: bad input, missing file. Reported without a stack. */
class errors_ConfigurationError extends Error {
    name = 'ConfigurationError';
    constructor(message, options) {
        super(message, options);
    }
}
/**
 * Infrastructure failed: a tool download, a checksum, a registry, a crashed process.
 * Never a verdict about the thing being scanned; the step says so.
 */
class InfrastructureError extends Error {
    name = 'InfrastructureError';
    constructor(message, options) {
        super(message, options);
    }
}
/** The action ran correctly and its policy (a severity gate, a verification) says no. */
class PolicyFailure extends Error {
    name = 'PolicyFailure';
    constructor(message) {
        super(message);
    }
}
/** Walks `error.cause` links, outermost first, stopping on cycles. */
function causeChain(error) {
    const chain = [];
    const seen = new Set();
    let current = error;
    while (current !== undefined && current !== null && !seen.has(current)) {
        chain.push(current);
        seen.add(current);
        current = current instanceof Error ? current.cause : undefined;
    }
    return chain;
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/escape.ts
/**
 * Escaping for text that came from somewhere we do not control (tool reports,
 * package names, file paths) before it reaches a workflow command, Markdown or HTML.
 */
/** Workflow command data (message part): the runner's own escaping. */
function escape_escapeCommandData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Workflow command property values (file=, title=). */
function escape_escapeCommandProperty(value) {
    return escape_escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/**
 * Characters that render as nothing (or as blank space that is not a space)
 * and so can hide text, smuggle instructions or reorder what a reader sees:
 * - C0/C1 controls except tab and newline;
 * - U+00AD soft hyphen, U+034F combining grapheme joiner, U+061C Arabic letter mark;
 * - Hangul fillers U+115F, U+1160, U+3164, U+FFA0; Khmer U+17B4, U+17B5;
 *   Mongolian free variation selectors and vowel separator U+180B–U+180F;
 * - U+200B–U+200F zero-width space/joiners and LRM/RLM; U+2028/U+2029 are
 *   left to the callers that fold lines;
 * - U+202A–U+202E bidi embeddings and overrides; U+2060–U+206F word joiner,
 *   invisible operators, bidi isolates (U+2066–U+2069) and deprecated format
 *   characters;
 * - U+FEFF byte order mark; U+FFF9–U+FFFB interlinear annotation;
 * - U+1D173–U+1D17A musical formatting; U+E0000–U+E007F tag characters
 *   ("ASCII smuggling"); U+E0100–U+E01EF variation selectors supplement.
 */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- matching these characters is the point
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;
/** Removes bidi overrides, zero-width and other characters that hide or reorder text (see {@link INVISIBLE}). */
function escape_stripInvisible(value) {
    return value.replace(INVISIBLE, '');
}
/**
 * An `@` that GitHub would turn into a mention (`@user`, `@org/team`): one
 * at the start or after a non-word character (GitHub's mention filter needs
 * `^` or `\W` before the `@`, so `repo@sha256:…`, `release.yml@refs/…` and
 * e-mail addresses are never mentions and stay byte-for-byte copyable) and
 * followed by a letter, digit or `-`/`_`. A zero-width space after the `@`
 * breaks the mention (GitHub links and notifies only `@` directly followed by
 * the name) and keeps the text readable; copying it yields the same name with
 * an invisible character in it, which is the point.
 */
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9_-])/g;
/**
 * Plain text GitHub shows as text (check-run titles and annotations): no
 * mention is linked or notified. Apply after {@link stripInvisible}, which
 * would remove the separator again.
 */
function neutralizeMentions(value) {
    return value.replace(MENTION, '@\u200B');
}
/** Plain untrusted text for GitHub: invisible characters removed, then mentions neutralised. */
function escape_plainText(value) {
    return neutralizeMentions(escape_stripInvisible(value));
}
/**
 * Text placed inside HTML elements (the summary's <details>, <td>...):
 * invisible characters removed, HTML escaped, and mentions neutralised with a
 * zero-width space written as an entity (so a later stripInvisible of the
 * Markdown cannot undo it; GitHub decodes it to the character).
 */
function escapeHtml(value) {
    return escape_stripInvisible(value)
        .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
        .replace(MENTION, '@&#8203;');
}
const MARKDOWN_ENTITIES = {
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '|': '&#124;',
    '~': '&#126;',
};
/**
 * Text placed in Markdown (including table cells): HTML-escaped, newlines
 * folded to spaces so a value can never start a new block, table row or
 * heading, and the characters that make emphasis, code, links, strike-through
 * or cell breaks written as numeric entities. Entities (not backslashes) keep
 * the HTML escapes intact: `\&#39;` would show as text.
 */
function escapeMarkdown(value) {
    return (escapeHtml(value)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        .replace(/[\\`*_[\]|~]/g, (c) => MARKDOWN_ENTITIES[c] ?? c)
        // What would open a block at the start of a line: a heading, a quote, a list item.
        .replace(/^(\s*)(#|>|[+-](?=\s|$)|=+\s*$)/, (_m, space, c) => `${space}&#${c.charCodeAt(0)};${c.slice(1)}`)
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, (_m, digits, c) => `${digits}&#${c.charCodeAt(0)};`));
}
/**
 * Text for inline HTML (<code>, <b>, <summary>): HTML-escaped, and the characters that
 * make Markdown links, images, emphasis or code written as entities, since Markdown
 * still applies inside inline HTML. Entities render as the characters themselves.
 */
function escapeHtmlAndMarkdown(value) {
    return escapeHtml(value).replace(/[\\`*_[\]~]/g, (c) => MARKDOWN_ENTITIES[c] ?? c);
}
/**
 * A command meant to be copied from the summary, as a `<pre><code>` block:
 * invisible characters dropped, line breaks folded to spaces (one line: no
 * value can start a block), HTML and the Markdown characters written as
 * entities (nothing can close the block or render), and NO mention
 * separator — GitHub links and notifies no mention inside `<pre>`/`<code>`,
 * and a zero-width space after the `@` of `…/x.yml@refs/heads/main` would be
 * copied into the identity, which cosign and gh then refuse (found by running
 * the summary's commands with the real tools, test/interop).
 */
function commandBlock(command) {
    const clean = escape_stripInvisible(command)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
        .replace(/[\\`*_[\]~|]/g, (c) => MARKDOWN_ENTITIES[c] ?? c);
    return `<pre><code>${clean}</code></pre>`;
}
/** Inline code span that cannot be broken out of. */
function markdownCode(value) {
    const clean = escape_stripInvisible(value).replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
    return `<code>${escapeHtmlAndMarkdown(clean)}</code>`;
}
/** Truncates to at most `max` characters (UTF-16 units), marking the cut. */
function escape_truncate(value, max) {
    if (value.length <= max)
        return value;
    return `${value.slice(0, Math.max(0, max - 1))}…`;
}
/** Allows http(s) URLs only; anything else (javascript:, data:) is dropped. */
function safeUrl(value) {
    if (!value)
        return undefined;
    try {
        const url = new URL(value);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return undefined;
        return url.toString();
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/action-kit/src/http-policy.ts
/**
 * One policy for every HTTP exchange the actions make over `fetch` (GitHub's
 * API, OCI registries, the vulnerability-DB mirrors), so that a hostile or
 * broken server meets the same bounds everywhere:
 *
 * - **Redirects are followed by hand** ({@link fetchWithPolicy}), at most
 *   {@link MAX_REDIRECTS}: a redirect from `https:` to plain `http:` is
 *   refused unless it stays on a loopback host (tests, local mirrors), and
 *   `Authorization`, `Cookie` and `Proxy-Authorization` are dropped as soon
 *   as a redirect leaves the origin the request was made to — credentials are
 *   never forwarded across origins.
 * - **Bodies are read with the cap enforced while reading**
 *   ({@link readCapped}): a declared `Content-Length` over the cap is refused
 *   before a byte is read, and an undeclared or lying one is cut off the
 *   moment the cap is passed — memory never holds more than the cap.
 * - **Deadlines**: the caller's `AbortSignal` (every client passes
 *   `AbortSignal.timeout(...)`) covers the whole exchange, redirects and the
 *   body included, so a server that trickles one byte at a time is stopped at
 *   the deadline, not only when it falls silent.
 *
 * Files read whole (reports, listings, configuration) go through
 * {@link readFileCapped}, which reads at most cap + 1 bytes whatever the file
 * claims or becomes while it is read.
 */



const MAX_REDIRECTS = 5;
/** Headers that carry credentials: never sent to an origin other than the one the request was made to. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];
/** `localhost`, `127.x.x.x` or `[::1]`, with or without a port. */
function isLoopbackHostname(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/** A URL without query and fragment (they may carry signatures or tokens), for messages. */
function shown(url) {
    return `${url.origin}${url.pathname}`;
}
/** A redirect the policy refuses (a downgrade to plain HTTP, too many hops, a bad Location). */
class RedirectRefusedError extends InfrastructureError {
    name = 'RedirectRefusedError';
}
/**
 * Throws when following a redirect from `from` to `to` would leave TLS for a
 * host that is not loopback.
 */
function checkRedirect(from, to, what) {
    if (to.protocol !== 'https:' && to.protocol !== 'http:') {
        throw new RedirectRefusedError(`${what}: redirected from ${shown(from)} to a '${to.protocol}' URL; refused`);
    }
    if (from.protocol === 'https:' && to.protocol === 'http:' && !isLoopbackHostname(to.hostname)) {
        throw new RedirectRefusedError(`${what}: redirected from ${shown(from)} to ${shown(to)} — a downgrade from HTTPS to plain HTTP is refused (the server or a proxy ` +
            'in between is misconfigured or hostile; this is not a problem with the workflow)');
    }
}
function headerRecord(headers) {
    const out = {};
    new Headers(headers ?? {}).forEach((value, key) => {
        out[key] = value;
    });
    return out;
}
/**
 * `fetch` with the redirect policy above. `init.redirect` is ignored (the
 * redirects are followed here); the final response is returned whatever its
 * status. 301/302/303 after a POST continue as GET without a body, as
 * browsers do; 307/308 keep the method and body.
 *
 * `limits` adds deadlines to the caller's signal: `timeoutMs` for the whole
 * exchange (redirects and body), `idleTimeoutMs` for silence (no headers,
 * or no body bytes, for that long).
 */
async function fetchWithPolicy(fetchFn, input, init = {}, what, limits = {}) {
    if (limits.timeoutMs !== undefined || limits.idleTimeoutMs !== undefined) {
        return fetchWithLimits(fetchFn, input, init, what, limits);
    }
    let url = new URL(input);
    const label = what ?? `${init.method ?? 'GET'} ${shown(url)}`;
    const origin = url.origin;
    let headers = headerRecord(init.headers);
    let method = init.method ?? 'GET';
    let body = init.body;
    for (let hop = 0;; hop++) {
        const response = await fetchFn(url, {
            ...init,
            method,
            headers,
            ...(body !== undefined && body !== null ? { body } : { body: null }),
            redirect: 'manual',
        });
        if (![301, 302, 303, 307, 308].includes(response.status))
            return response;
        const location = response.headers.get('location');
        await response.body?.cancel().catch(() => undefined);
        if (!location)
            throw new RedirectRefusedError(`${label}: HTTP ${response.status} without a Location; refused`);
        if (hop >= MAX_REDIRECTS)
            throw new RedirectRefusedError(`${label}: more than ${MAX_REDIRECTS} redirects; refused`);
        let next;
        try {
            next = new URL(location, url);
        }
        catch {
            throw new RedirectRefusedError(`${label}: the redirect Location is not a URL; refused`);
        }
        checkRedirect(url, next, label);
        if (next.origin !== origin) {
            headers = Object.fromEntries(Object.entries(headers).filter(([key]) => !CREDENTIAL_HEADERS.includes(key.toLowerCase())));
        }
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
            headers = Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== 'content-type'));
        }
        url = next;
    }
}
/** The exchange fell silent for longer than its idle timeout (named like AbortSignal.timeout's, so it reads as a deadline). */
class IdleTimeoutError extends Error {
    idleTimeoutMs;
    name = 'TimeoutError';
    constructor(label, idleTimeoutMs) {
        super(`${label}: no data for ${idleTimeoutMs} ms; the connection was dropped`);
        this.idleTimeoutMs = idleTimeoutMs;
    }
}
/** A timer that aborts `controller` after `ms` of silence; `touch` restarts it, `stop` ends it. */
function idleWatch(controller, ms, label) {
    let timer;
    const touch = () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(new IdleTimeoutError(label, ms)), ms);
        timer.unref?.();
    };
    touch();
    return { touch, stop: () => clearTimeout(timer) };
}
async function fetchWithLimits(fetchFn, input, init, what, limits) {
    const controller = new AbortController();
    const signals = [controller.signal];
    if (init.signal)
        signals.push(init.signal);
    if (limits.timeoutMs !== undefined)
        signals.push(AbortSignal.timeout(limits.timeoutMs));
    const signal = AbortSignal.any(signals);
    const label = what ?? `${init.method ?? 'GET'} ${shown(new URL(input))}`;
    if (limits.idleTimeoutMs === undefined)
        return fetchWithPolicy(fetchFn, input, { ...init, signal }, what);
    const watch = idleWatch(controller, limits.idleTimeoutMs, label);
    let response;
    try {
        response = await fetchWithPolicy(fetchFn, input, { ...init, signal }, what);
    }
    catch (error) {
        watch.stop();
        throw error;
    }
    if (!response.body || [101, 204, 205, 304].includes(response.status)) {
        watch.stop();
        return response;
    }
    watch.touch();
    // Every chunk restarts the idle timer; the end of the body (or its failure) stops it.
    const body = response.body.pipeThrough(new TransformStream({
        transform(chunk, sink) {
            watch.touch();
            sink.enqueue(chunk);
        },
        flush() {
            watch.stop();
        },
    }), 
    // A deadline fails the body even when the fetch in use does not watch the signal itself.
    { signal });
    signal.addEventListener('abort', () => watch.stop(), { once: true });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
/** A body that broke off while it was read (a network fault: worth a retry). */
class BodyReadError extends InfrastructureError {
    name = 'BodyReadError';
}
/** A body, or a file, over its size cap (not worth a retry). */
class SizeCapError extends InfrastructureError {
    name = 'SizeCapError';
}
/**
 * Reads a response body, refusing it as soon as it is over `maxBytes`
 * (announced or actual). The caller's AbortSignal bounds the time.
 */
async function readCapped(response, maxBytes, what) {
    const declared = response.headers.get('content-length');
    if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new SizeCapError(`${what}: the answer announces ${declared} bytes, over the ${maxBytes}-byte limit; refused`);
    }
    if (!response.body)
        return Buffer.alloc(0);
    const chunks = [];
    let total = 0;
    const reader = response.body.getReader();
    for (;;) {
        let chunk;
        try {
            chunk = await reader.read();
        }
        catch (error) {
            const name = error?.name;
            const reason = error instanceof IdleTimeoutError
                ? `no data for ${error.idleTimeoutMs} ms`
                : name === 'TimeoutError' || name === 'AbortError'
                    ? 'the deadline passed'
                    : String(error?.message ?? error);
            throw new BodyReadError(`${what}: the answer broke off (${reason})`, { cause: error });
        }
        if (chunk.done)
            break;
        total += chunk.value.length;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new SizeCapError(`${what}: the answer is over the ${maxBytes}-byte limit; refused`);
        }
        chunks.push(Buffer.from(chunk.value));
    }
    return Buffer.concat(chunks);
}
/** The chunks of a capped file read (readFileCapped, readFileCappedSync): at most maxBytes + 1 bytes are read. */
class CappedChunks {
    maxBytes;
    what;
    chunks = [];
    total = 0;
    constructor(maxBytes, what) {
        this.maxBytes = maxBytes;
        this.what = what;
    }
    /** A buffer for the next read, never larger than what is left under the cap plus one byte. */
    nextBuffer() {
        return Buffer.allocUnsafe(Math.min(1024 * 1024, this.maxBytes + 1 - this.total));
    }
    /** Keeps bytesRead bytes of buffer; false at end of file, SizeCapError past the cap. */
    add(buffer, bytesRead) {
        if (bytesRead === 0)
            return false;
        this.total += bytesRead;
        if (this.total > this.maxBytes)
            throw new SizeCapError(`${this.what} is over the ${this.maxBytes}-byte limit; refused`);
        this.chunks.push(buffer.subarray(0, bytesRead));
        return true;
    }
    bytes() {
        return Buffer.concat(this.chunks, this.total);
    }
}
/**
 * Reads a whole file, refusing it when it holds more than `maxBytes`: never
 * more than maxBytes + 1 bytes are read, whatever `stat` said or the file
 * becomes meanwhile (a growing file, a device such as /dev/zero).
 */
async function readFileCapped(file, maxBytes, what) {
    const handle = await open(file, 'r');
    try {
        const sink = new CappedChunks(maxBytes, what);
        for (;;) {
            const buffer = sink.nextBuffer();
            if (!sink.add(buffer, (await handle.read(buffer, 0, buffer.length, null)).bytesRead))
                return sink.bytes();
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * The synchronous reader for small state files (a DB's metadata.json, a cache
 * marker, a stored manifest) in folders an Actions cache restore can fill:
 * only a regular file is read (a FIFO, a device or a directory is refused
 * without blocking), and at most maxBytes + 1 bytes of it.
 */
function readFileCappedSync(file, maxBytes, what) {
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
        if (!fstatSync(fd).isFile())
            throw new SizeCapError(`${what} is not a regular file; refused`);
        const sink = new CappedChunks(maxBytes, what);
        for (;;) {
            const buffer = sink.nextBuffer();
            if (!sink.add(buffer, readSync(fd, buffer, 0, buffer.length, null)))
                return sink.bytes();
        }
    }
    finally {
        closeSync(fd);
    }
}
/**
 * Reads a file an input names (a VEX document, a baseline report, an ignore
 * file) with the cap enforced while reading and only when it is a regular
 * file: over the cap, or a FIFO/device, is a ConfigurationError naming the
 * input, never a read without bound and never an echo of the file's bytes.
 */
function readInputFileCapped(file, maxBytes, input) {
    try {
        return readFileCappedSync(file, maxBytes, `Input '${input}' (${file})`);
    }
    catch (error) {
        if (error instanceof SizeCapError) {
            throw new ConfigurationError(`${error.message}. Use a file of at most ${maxBytes} bytes for '${input}'.`, {
                cause: error,
            });
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/http-retry.ts
/**
 * The one retry policy for every HTTP exchange the actions make themselves
 * (registries, GitHub's API, tool and DB downloads, the OIDC endpoint):
 * bounded tries, exponential backoff with optional jitter, a server's
 * `Retry-After` honoured (never jittered), and a fixed sleep budget per
 * request. A wait longer than what is left of the budget ends the retries at
 * once: sleeping less than the server asked would only earn another 429, and
 * the caller may have other mirrors to try.
 *
 * {@link retryLoop} is the loop itself, for any attempt and any way of
 * judging its outcome (GitHub's rate limits, a download's status);
 * {@link withRetries} is that loop for a `fetch` Response (429 and 5xx and
 * network errors retried, the rest the caller's to judge).
 */

const DEFAULT_RETRY_POLICY = Object.freeze({
    attempts: 3,
    baseDelayMs: 1000,
    maxDelayMs: 10_000,
    budgetMs: 30_000,
});
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** An HTTP exchange that failed: the status (when there was an answer) and whether a retry might help. */
class HttpRequestError extends InfrastructureError {
    url;
    status;
    retryable;
    name = 'HttpRequestError';
    constructor(message, url, status, retryable, options) {
        super(message, options);
        this.url = url;
        this.status = status;
        this.retryable = retryable;
    }
}
function isRetryableStatus(status) {
    return status === 429 || (status >= 500 && status <= 599);
}
/**
 * Milliseconds a `Retry-After` value asks for (delta-seconds or an HTTP
 * date), or undefined when it is absent or unreadable.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (value == null)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    if (!/[a-z]/i.test(trimmed))
        return undefined;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** The backoff before retry `retry` (1-based); `random` in [0, 1) applies the policy's jitter. */
function backoffDelay(retry, policy, random = Math.random) {
    const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
    const jitter = Math.min(1, Math.max(0, policy.jitter ?? 0));
    if (jitter === 0)
        return delay;
    return Math.round(delay * (1 - jitter * random()));
}
/** The URL without query and fragment, for messages (signed blob URLs carry credentials in the query). */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url.replace(/[?#].*$/, '');
    }
}
/** A network error in words: 'timed out' for a deadline, else the message and its cause's code. */
function describeNetworkError(error) {
    if (error instanceof Error) {
        if (error.name === 'TimeoutError')
            return 'timed out';
        const cause = error.cause instanceof Error ? `: ${error.cause.code ?? error.cause.message}` : '';
        return `${error.message}${cause}`;
    }
    return String(error);
}
/**
 * Runs `attempt` until `judge` says its outcome is final or the tries or
 * the sleep budget run out, sleeping between tries the server's wait
 * (`waitMs`) or the policy's backoff. Never throws what `attempt` threw:
 * the caller turns the end into its own answer or error.
 */
async function retryLoop(context, attempt, judge) {
    const { policy, sleep } = context;
    let slept = 0;
    for (let tryNumber = 1;; tryNumber++) {
        let outcome;
        try {
            outcome = { value: await attempt(tryNumber) };
        }
        catch (error) {
            outcome = { error };
        }
        const verdict = await judge(outcome);
        if (!verdict.retry)
            return { outcome, verdict, tries: tryNumber };
        if (tryNumber >= policy.attempts)
            return { outcome, verdict, tries: tryNumber, gaveUp: { reason: 'attempts' } };
        const delay = verdict.waitMs ?? backoffDelay(tryNumber, policy, context.random);
        if (slept + delay > policy.budgetMs) {
            const gaveUp = { reason: 'budget', delayMs: delay, asked: verdict.waitMs !== undefined };
            return { outcome, verdict, tries: tryNumber, gaveUp };
        }
        context.log?.(`${verdict.why}; retrying in ${Math.round(delay)} ms (retry ${tryNumber} of ${policy.attempts - 1})`);
        slept += delay;
        await sleep(delay);
    }
}
function tries(count) {
    return `${count} ${count === 1 ? 'try' : 'tries'}`;
}
/**
 * Runs `attempt` until it returns a response whose status is not retryable
 * (returned as is, errors included: 404 is the caller's to judge), or the
 * tries or the sleep budget run out: then the last 429/5xx or network error
 * is thrown as an HttpRequestError saying how many tries were made.
 *
 * `attempt` may also throw an HttpRequestError with `retryable: true` (e.g.
 * a body cut short while streaming): it is retried like a 5xx. One with
 * `retryable: false` (a digest mismatch) ends the retries at once.
 */
async function withRetries(label, context, attempt) {
    const now = context.now ?? Date.now;
    const end = await retryLoop(context, attempt, async (outcome) => {
        if ('error' in outcome) {
            const { error } = outcome;
            if (error instanceof HttpRequestError)
                return error.retryable ? { retry: true, why: error.message } : { retry: false };
            // Ours (a digest mismatch, a size limit): retrying cannot help.
            if (error instanceof InfrastructureError || error instanceof errors_ConfigurationError)
                return { retry: false };
            return { retry: true, why: `${label}: ${describeNetworkError(error)}` };
        }
        const response = outcome.value;
        if (!isRetryableStatus(response.status))
            return { retry: false };
        await response.body?.cancel().catch(() => undefined);
        const asked = parseRetryAfter(response.headers.get('retry-after'), now());
        const why = `${label}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        return { retry: true, why, ...(asked !== undefined ? { waitMs: asked } : {}) };
    });
    const { outcome, verdict, gaveUp } = end;
    if (!gaveUp || !verdict.retry) {
        if ('error' in outcome)
            throw outcome.error;
        return outcome.value;
    }
    const failure = 'error' in outcome
        ? outcome.error instanceof HttpRequestError
            ? outcome.error
            : new HttpRequestError(verdict.why, label, undefined, true, { cause: outcome.error })
        : undefined;
    const status = 'value' in outcome ? outcome.value.status : undefined;
    const options = failure ? { cause: failure.cause ?? failure } : undefined;
    if (gaveUp.reason === 'attempts') {
        throw new HttpRequestError(`${verdict.why} (after ${tries(end.tries)})`, failure?.url ?? label, status, true, options);
    }
    const wait = gaveUp.asked
        ? `Retry-After ${Math.ceil(gaveUp.delayMs / 1000)} s`
        : `a ${Math.ceil(gaveUp.delayMs / 1000)} s backoff`;
    throw new HttpRequestError(`${verdict.why} (after ${tries(end.tries)}; ${wait} would exceed the ${Math.round(context.policy.budgetMs / 1000)} s retry budget)`, failure?.url ?? label, status, true, options);
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __nccwpck_require__(6058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/action-kit/src/paths.ts




/**
 * Paths under hostile workspace content. A checkout can hold symlinks, so a
 * path that is inside the workspace by its spelling (`reports/summary.md`)
 * may lead anywhere. Every location an action reads from or writes to is
 * therefore checked by its real path (every link resolved, for the part that
 * exists), and files are written without following a link: into a fresh
 * file created exclusively beside the target, then renamed over it (a rename
 * replaces a link, never what it points to).
 */
function isWithin(base, candidate) {
    const relative = external_node_path_.relative(base, candidate);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_.isAbsolute(relative));
}
/** Real paths of the roots that exist (a root that does not exist holds nothing). */
function realRoots(roots) {
    const out = [];
    for (const root of roots) {
        if (!root)
            continue;
        try {
            out.push(external_node_fs_.realpathSync(external_node_path_.resolve(root)));
        }
        catch {
            // missing root
        }
    }
    return out;
}
/**
 * The real path of `candidate`, for a path that may not exist yet: the
 * deepest existing ancestor is resolved (links and all) and the rest appended.
 * A dangling link in the chain resolves to its target's location.
 */
function realPathAllowingMissing(candidate) {
    const absolute = external_node_path_.resolve(candidate);
    const missing = [];
    let current = absolute;
    for (let depth = 0; depth < 4096; depth++) {
        try {
            const real = external_node_fs_.realpathSync(current);
            return missing.length === 0 ? real : external_node_path_.join(real, ...missing.reverse());
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR') {
                // ELOOP, ENAMETOOLONG, EACCES…: a path that cannot be resolved is refused, not followed.
                throw new errors_ConfigurationError(`The path ${paths_shown(absolute)} cannot be resolved (${code ?? 'error'}); use a plain path inside the workspace.`);
            }
            // A dangling link: follow it by hand, its target decides where a write would land.
            let link;
            try {
                link = external_node_fs_.readlinkSync(current);
            }
            catch {
                link = undefined;
            }
            if (link !== undefined) {
                current = external_node_path_.resolve(external_node_path_.dirname(current), link);
                continue;
            }
            const parent = external_node_path_.dirname(current);
            if (parent === current)
                return absolute;
            missing.push(external_node_path_.basename(current));
            current = parent;
        }
    }
    throw new errors_ConfigurationError(`The path ${absolute} has too many levels of links.`);
}
function paths_shown(value) {
    // eslint-disable-next-line no-control-regex -- never print control characters of a hostile value
    const clean = value.replace(/[\u0000-\u001F\u007F-\u009F\u2028-\u202E\u2066-\u2069]/g, '?');
    return clean.length > 200 ? `${clean.slice(0, 197)}...` : clean;
}
/**
 * Refuses `resolved` unless its real path lies inside one of the roots (also
 * by real path). Returns the path as given (links inside the roots are fine).
 * Nothing of the target is read or shown: only where it leads.
 */
function assertConfined(resolved, options) {
    const roots = realRoots(options.roots);
    let real;
    try {
        real = realPathAllowingMissing(resolved);
    }
    catch (error) {
        throw new errors_ConfigurationError(`Input \`${options.name}\` ('${paths_shown(options.value)}'): ${error.message}`, {
            cause: error,
        });
    }
    if (!roots.some((root) => isWithin(root, real))) {
        throw new errors_ConfigurationError(`Input \`${options.name}\` ('${paths_shown(options.value)}') leads outside ${options.rootsLabel} through a symbolic link (to ${paths_shown(real)}); ` +
            'use a path whose real location is inside it. (A link in the checkout is repository content, not a choice of the workflow.)');
    }
    return resolved;
}
/**
 * Creates `dir` (and its parents) and checks, after creating it, that its
 * real path is inside the roots: a link anywhere in the chain that leads out
 * is refused before anything is written into it.
 */
function ensureConfinedDirectory(dir, options) {
    assertConfined(dir, options);
    fs.mkdirSync(dir, { recursive: true });
    assertConfined(dir, options);
    if (!fs.statSync(dir).isDirectory()) {
        throw new ConfigurationError(`Input \`${options.name}\` ('${paths_shown(options.value)}') is not a directory.`);
    }
    return dir;
}
function temporarySibling(file) {
    return external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file).slice(0, 80)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * Writes `data` to `file` without ever following a link at `file`: a fresh
 * file is created exclusively (O_CREAT|O_EXCL never follows a link) beside
 * it, then renamed over it. A link planted at `file` is replaced, and the
 * file it pointed to is left untouched.
 */
function writeFileNoFollow(file, data, mode = 0o644) {
    const temporary = openTemporarySibling(file, mode);
    try {
        external_node_fs_.writeFileSync(temporary.fd, data);
    }
    catch (error) {
        temporary.abandon();
        throw error;
    }
    temporary.commit();
}
/**
 * `writeFileNoFollow` for content written piece by piece: `write` gets the
 * descriptor of the fresh file (positioned writes from offset 0), which
 * replaces `file` once `write` resolves.
 */
async function writeFileNoFollowWith(file, write, mode = 0o644) {
    const temporary = openTemporarySibling(file, mode);
    let value;
    try {
        value = await write(temporary.fd);
    }
    catch (error) {
        temporary.abandon();
        throw error;
    }
    temporary.commit();
    return value;
}
/** A fresh file beside `file` (O_CREAT|O_EXCL|O_NOFOLLOW), renamed over `file` by `commit`. */
function openTemporarySibling(file, mode) {
    const temporary = temporarySibling(file);
    const fd = external_node_fs_.openSync(temporary, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), mode);
    const abandon = () => {
        external_node_fs_.closeSync(fd);
        external_node_fs_.rmSync(temporary, { force: true });
    };
    return {
        fd,
        abandon,
        commit: () => {
            external_node_fs_.closeSync(fd);
            try {
                external_node_fs_.renameSync(temporary, file);
            }
            catch (error) {
                external_node_fs_.rmSync(temporary, { force: true });
                throw error;
            }
        },
    };
}
/**
 * Moves a file a tool wrote in a private directory to `destination`, replacing
 * whatever is there (a link included) rather than writing through it. Across
 * filesystems (EXDEV) the bytes are copied with `writeFileNoFollow`.
 */
function moveFileNoFollow(source, destination) {
    try {
        fs.renameSync(source, destination);
        return;
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
    }
    const stat = fs.lstatSync(source);
    if (!stat.isFile())
        throw new Error(`${source} is not a regular file`);
    writeFileNoFollow(destination, fs.readFileSync(source));
    fs.rmSync(source, { force: true });
}
/**
 * A fresh, empty directory only this process uses (mode 0700), under
 * `parent` (RUNNER_TEMP): the working directory for tools, so that nothing
 * in the checkout is found by a tool's "look in the current directory" rule,
 * and the place for files the action writes for them.
 */
function paths_makePrivateDirectory(parent, prefix) {
    fs.mkdirSync(parent, { recursive: true });
    return fs.mkdtempSync(path.join(parent, `${prefix.replace(/[^A-Za-z0-9_-]/g, '-')}-`));
}

;// CONCATENATED MODULE: ./packages/action-kit/src/inputs.ts





/**
 * Typed, validated input readers. Every input an action reads goes through
 * `rawInput`, which records the name so a contract test can compare the set of
 * inputs read against the ones action.yml declares.
 */
const inputsRead = new Set();
/** Names read since the last reset (contract tests). */
function getInputsRead() {
    return inputsRead;
}
function resetInputsRead() {
    inputsRead.clear();
}
/** The trimmed raw value of an input ('' when unset). */
function rawInput(name) {
    inputsRead.add(name);
    return core/* getInput */.V4(name, { trimWhitespace: true });
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const inputs_INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;
function quote(value) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    // Control, line-separator, bidi and zero-width characters are shown as escapes: an error message
    // must neither break into lines nor hide or reorder what the user typed.
    return `'${shown.replace(inputs_INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`)}'`;
}
/** A single-line string; control characters and newlines are refused. '' when unset and not required. */
function inputs_getString(name, options = {}) {
    const value = rawInput(name);
    if (!value) {
        if (options.required)
            throw new errors_ConfigurationError(`Input \`${name}\` is required and was empty.`);
        return '';
    }
    assertSingleLine(name, value);
    const max = options.maxLength ?? 4096;
    if (value.length > max) {
        throw new errors_ConfigurationError(`Input \`${name}\` is ${value.length} characters long; at most ${max} are accepted.`);
    }
    if (options.pattern && !options.pattern.test(value)) {
        const expected = options.patternDescription ? ` It must be ${options.patternDescription}.` : '';
        throw new errors_ConfigurationError(`Input \`${name}\` has an invalid value ${quote(value)}.${expected}`);
    }
    return value;
}
function assertSingleLine(name, value) {
    if (CONTROL.test(value)) {
        throw new errors_ConfigurationError(`Input \`${name}\` contains a newline or control character; it must be a single line of printable text.`);
    }
}
/** `true` or `false` (YAML 1.2 core schema spellings, as @actions/core accepts). */
function getBoolean(name) {
    const value = rawInput(name);
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors_ConfigurationError(`Input \`${name}\` must be true or false; got ${quote(value)}.`);
}
/** One value of an allow-list (case-insensitive, returned in its canonical spelling). */
function getEnum(name, allowed) {
    const value = rawInput(name);
    const match = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (match === undefined) {
        throw new errors_ConfigurationError(`Input \`${name}\` must be one of ${allowed.join(', ')}; got ${quote(value)}.`);
    }
    return match;
}
function getList(name, allowed) {
    const value = rawInput(name);
    if (CONTROL_EXCEPT_NEWLINE.test(value)) {
        throw new errors_ConfigurationError(`Input \`${name}\` contains a control character.`);
    }
    const items = [
        ...new Set(value
            .split(/[,\r\n]+/)
            .map((item) => item.trim())
            .filter(Boolean)),
    ];
    if (!allowed)
        return items;
    return items.map((item) => {
        const match = allowed.find((candidate) => candidate.toLowerCase() === item.toLowerCase());
        if (match === undefined) {
            throw new errors_ConfigurationError(`Input \`${name}\` accepts ${allowed.join(', ')}; got ${quote(item)}.`);
        }
        return match;
    });
}
/** A filesystem path, resolved against the workspace, validated. '' when unset. */
function getPath(name, options) {
    const value = inputs_getString(name);
    if (!value)
        return '';
    return inputs_validatePath(name, value, options);
}
/** Longer paths are refused before the filesystem sees them (Linux's PATH_MAX is 4096). */
const MAX_PATH_LENGTH = 4096;
/**
 * Resolves `value` against the workspace and confines it: by spelling (no
 * `..` out, no absolute path elsewhere) and by real path (no symbolic link in
 * the checkout leading out of the workspace / RUNNER_TEMP). The error names
 * the input and never shows the contents of what a link points to.
 */
function inputs_validatePath(name, value, options) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        throw new errors_ConfigurationError(`Input \`${name}\` must be a path, not a URL (${quote(value)}).`);
    }
    if (value.length > MAX_PATH_LENGTH) {
        throw new errors_ConfigurationError(`Input \`${name}\` holds a path of ${value.length} characters; at most ${MAX_PATH_LENGTH} are accepted.`);
    }
    const base = external_node_path_.resolve(options.base);
    const resolved = external_node_path_.resolve(base, value);
    const roots = [base, ...(options.alsoWithin ?? []).filter(Boolean).map((root) => external_node_path_.resolve(root))];
    const rootsLabel = roots.length > 1 ? `the workspace (${base}) and ${roots.slice(1).join(', ')}` : `the workspace (${base})`;
    const anywhere = external_node_path_.isAbsolute(value) && options.allowAbsolute === true;
    if (options.withinBase !== false && !anywhere) {
        if (!roots.some((root) => isWithin(root, resolved))) {
            const where = roots.length > 1 ? `outside ${rootsLabel}` : `outside the workspace (${base})`;
            throw new errors_ConfigurationError(`Input \`${name}\` (${quote(value)}) resolves ${where}; use a path inside it.`);
        }
        assertConfined(resolved, { name, value, roots, rootsLabel });
    }
    if (options.mustExist) {
        let stat;
        try {
            stat = external_node_fs_.statSync(resolved);
        }
        catch {
            throw new errors_ConfigurationError(`Input \`${name}\`: ${quote(value)} does not exist (resolved to ${resolved}).`);
        }
        if (options.mustExist === 'file' && !stat.isFile()) {
            throw new errors_ConfigurationError(`Input \`${name}\`: ${quote(value)} is not a file.`);
        }
        if (options.mustExist === 'directory' && !stat.isDirectory()) {
            throw new errors_ConfigurationError(`Input \`${name}\`: ${quote(value)} is not a directory.`);
        }
    }
    return resolved;
}
/**
 * Glob patterns relative to the scanned folder, as Trivy's --skip-dirs /
 * --skip-files and Syft's / Grype's --exclude take them: a bounded list of
 * plain pattern characters, never an option, an absolute path or a `..`.
 */
const SKIP_PATTERN = /^[A-Za-z0-9._@+*?{}[\]/-]+$/;
const MAX_SKIP_PATTERNS = 200;
function getSkipPatterns(name) {
    const items = getList(name);
    if (items.length > MAX_SKIP_PATTERNS) {
        throw new ConfigurationError(`Input \`${name}\` lists ${items.length} patterns; at most ${MAX_SKIP_PATTERNS} are accepted.`);
    }
    return items.map((item) => {
        if (item.length > 512 ||
            !SKIP_PATTERN.test(item) ||
            item.startsWith('-') ||
            item.startsWith('/') ||
            item.split('/').includes('..')) {
            throw new ConfigurationError(`Input \`${name}\` takes glob patterns relative to the scanned folder (letters, digits, . _ - / * ? [ ] { } @ +; not absolute, no '..', at most 512 characters); got '${item.slice(0, 80)}'.`);
        }
        return item;
    });
}
/** Strict version: 1.2.3 with an optional leading v and optional -prerelease; nothing that could escape a URL. */
const VERSION_PATTERN = /^v?(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})(-[0-9A-Za-z]+(\.[0-9A-Za-z]+)*)?$/;
function getVersion(name) {
    const value = inputs_getString(name, { maxLength: 64 });
    if (!value)
        return '';
    if (!VERSION_PATTERN.test(value)) {
        throw new errors_ConfigurationError(`Input \`${name}\` must be a release version such as 0.75.0 or v0.75.0; got ${quote(value)}.`);
    }
    return value.replace(/^v/, '');
}
/** An http(s) URL without credentials, query or fragment. '' when unset. */
function getUrl(name) {
    const value = inputs_getString(name, { maxLength: 2048 });
    if (!value)
        return '';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors_ConfigurationError(`Input \`${name}\` must be an http(s) URL; got ${quote(value)}.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors_ConfigurationError(`Input \`${name}\` must be an http(s) URL; got scheme ${quote(url.protocol)}.`);
    }
    if (url.username || url.password) {
        throw new errors_ConfigurationError(`Input \`${name}\` must not embed credentials in the URL.`);
    }
    if (url.search || url.hash) {
        throw new errors_ConfigurationError(`Input \`${name}\` must not have a query string or fragment.`);
    }
    return url.toString().replace(/\/+$/, '');
}
/** A secret: masked as soon as it is read. '' when unset. */
function inputs_getSecret(name) {
    const value = rawInput(name);
    if (value)
        core/* setSecret */.Pq(value);
    if (CONTROL.test(value)) {
        throw new errors_ConfigurationError(`Input \`${name}\` contains a newline or control character.`);
    }
    return value;
}
/** Exactly one of several inputs may be set; returns which (or `fallback` when none is). */
function exactlyOne(values, fallback) {
    const set = Object.keys(values).filter((key) => values[key] !== '');
    if (set.length > 1) {
        throw new ConfigurationError(`Inputs ${set.map((s) => `\`${s}\``).join(' and ')} cannot be used together; set exactly one.`);
    }
    const chosen = set[0] ?? fallback;
    if (chosen === undefined) {
        throw new ConfigurationError(`Set one of ${Object.keys(values)
            .map((s) => `\`${s}\``)
            .join(', ')}.`);
    }
    return chosen;
}
/**
 * Reads `<tool>-version`, `<tool>-sha256` and `<tool>-path`, with the rules
 * every action shares: a strict version, a 64-hex digest that only makes sense
 * with a version, and an absolute path that excludes both.
 */
function getToolInputs(tool) {
    const version = getVersion(`${tool}-version`);
    const sha256 = inputs_getString(`${tool}-sha256`, {
        pattern: /^[a-fA-F0-9]{64}$/,
        patternDescription: '64 hexadecimal characters',
    }).toLowerCase();
    const binary = inputs_getString(`${tool}-path`, { maxLength: 1024 });
    if (binary && !external_node_path_.isAbsolute(binary)) {
        throw new errors_ConfigurationError(`Input \`${tool}-path\` must be an absolute path to the ${tool} binary; got '${binary.slice(0, 200)}'.`);
    }
    if (binary && (version || sha256)) {
        throw new errors_ConfigurationError(`Input \`${tool}-path\` cannot be combined with \`${tool}-version\` or \`${tool}-sha256\`: nothing is downloaded when a path is given.`);
    }
    if (sha256 && !version) {
        throw new errors_ConfigurationError(`Input \`${tool}-sha256\` needs \`${tool}-version\`: it is the digest of that version's release asset.`);
    }
    return { version, sha256, path: binary };
}

;// CONCATENATED MODULE: ./packages/action-kit/src/tool-config.ts



/** Files each tool would pick up by itself from the directory it runs in (and so from a checkout). */
const REPOSITORY_CONFIG_FILES = {
    trivy: [
        'trivy.yaml',
        'trivy.yml',
        'trivy-secret.yaml',
        'trivy-secret.yml',
        '.trivyignore',
        '.trivyignore.yaml',
        '.trivyignore.yml',
    ],
    grype: ['.grype.yaml', '.grype.yml', '.grype.json', '.grype/config.yaml', '.grype/config.yml', 'grype.yaml'],
    syft: ['.syft.yaml', '.syft.yml', '.syft.json', '.syft/config.yaml', '.syft/config.yml', 'syft.yaml'],
};
/** Variables that would name a configuration file behind the inputs' back: removed from the tool's environment. */
const tool_config_CONFIG_FILE_VARIABLES = {
    trivy: ['TRIVY_CONFIG', 'TRIVY_SECRET_CONFIG', 'TRIVY_IGNOREFILE'],
    grype: ['GRYPE_CONFIG'],
    syft: ['SYFT_CONFIG'],
};
/** A private working directory for one tool run, with an empty configuration file in it. */
function prepareToolRunDirectory(runnerTemp, tool) {
    const cwd = makePrivateDirectory(runnerTemp, `scs-${tool}-run`);
    const emptyConfig = path.join(cwd, `empty-${tool}-config.yaml`);
    fs.writeFileSync(emptyConfig, '# No configuration: the workflow named no config file for this tool.\n{}\n', {
        flag: 'wx',
    });
    return { cwd, emptyConfig, absent: (name) => path.join(cwd, `no-${name.replace(/[^A-Za-z0-9._-]/g, '-')}`) };
}
/**
 * Configuration files a tool would have read from these folders (the
 * workspace root, the scanned folder) had it run there: reported as "present,
 * not used" so a user moving from a setup that read them knows why.
 */
function unusedRepositoryConfigFiles(tool, folders, workspace, used = []) {
    const found = new Set();
    const usedSet = new Set(used.map((file) => path.resolve(file)));
    for (const folder of new Set(folders.map((f) => path.resolve(f)))) {
        for (const name of REPOSITORY_CONFIG_FILES[tool]) {
            const candidate = path.join(folder, name);
            let exists = false;
            try {
                exists = fs.lstatSync(candidate).isFile() || fs.lstatSync(candidate).isSymbolicLink();
            }
            catch {
                exists = false;
            }
            if (exists && !usedSet.has(candidate))
                found.add(path.relative(workspace, candidate).split(path.sep).join('/') || name);
        }
    }
    return [...found].sort();
}

;// CONCATENATED MODULE: ./packages/action-kit/src/logger.ts


function stopCommandsWrap(text, token = (0,external_node_crypto_.randomUUID)()) {
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}
/**
 * Whether the runner could read a command in `text` written as plain log
 * lines: a line that starts with `::` (after blanks), or `##[` anywhere in a
 * line (the runner's older form, which it finds mid-line too).
 */
function mayHoldWorkflowCommand(text) {
    return text.includes('##[') || /(^|[\r\n\u2028\u2029])[ \t]*::/.test(text);
}
const logger = {
    // A message that could be read as a command (it quotes a path, a tool's words) is written inert.
    info: (message) => (mayHoldWorkflowCommand(message) ? logger.untrusted(message) : core/* info */.pq(message)),
    debug: (message) => core/* debug */.Yz(message),
    warning: (message) => core/* warning */.$e(message),
    untrusted: (text) => {
        if (!text)
            return;
        process.stdout.write(`${stopCommandsWrap(text.replace(/\r\n?/g, '\n').trimEnd())}\n`);
    },
    group: (title, fn) => core/* group */.Os(title, fn),
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./packages/action-kit/src/process.ts


class TailBuffer {
    max;
    chunks = [];
    size = 0;
    truncated = false;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.max && this.chunks.length > 1) {
            const dropped = this.chunks.shift();
            this.size -= dropped.length;
            this.truncated = true;
        }
    }
    toString() {
        let buffer = Buffer.concat(this.chunks);
        if (buffer.length > this.max) {
            buffer = buffer.subarray(buffer.length - this.max);
            this.truncated = true;
        }
        return buffer.toString('utf8');
    }
}
function runProcess(command, args, options = {}) {
    const started = Date.now();
    const max = options.maxCapture ?? 1024 * 1024;
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(command, [...args], {
                cwd: options.cwd,
                env: withoutRunnerSecrets(options.env ?? process_toolEnvironment(process.env, { allow: SUITE_TOOL_PREFIXES })),
                stdio: ['ignore', 'pipe', 'pipe'],
                shell: false,
                windowsHide: true,
            });
        }
        catch (error) {
            reject(new InfrastructureError(`Could not start ${command}`, { cause: error }));
            return;
        }
        const stdout = new TailBuffer(max);
        const stderr = new TailBuffer(max);
        let timedOut = false;
        let killTimer;
        const timer = options.timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
                killTimer = setTimeout(() => child.kill('SIGKILL'), 5000);
            }, options.timeoutMs)
            : undefined;
        child.stdout.on('data', (chunk) => {
            stdout.push(chunk);
            options.onStdout?.(chunk.toString('utf8'));
        });
        child.stderr.on('data', (chunk) => {
            stderr.push(chunk);
            options.onStderr?.(chunk.toString('utf8'));
        });
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            reject(new InfrastructureError(`Could not run ${command}: ${error.message}`, { cause: error }));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            resolve({
                exitCode: code ?? -1,
                signal,
                stdout: stdout.toString(),
                stderr: stderr.toString(),
                timedOut,
                durationMs: Date.now() - started,
            });
        });
    });
}
/**
 * What every child process may inherit from the runner: how to find programs,
 * where home and temporary files are, locale and time zone, proxies and CA
 * certificates, how to reach a container engine and its credentials (a docker
 * config, credential helpers), and the platform's own variables on Windows.
 * Nothing else: the action's inputs (INPUT_GITHUB-TOKEN), the runner's
 * tokens (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*), GITHUB_TOKEN
 * and every other variable of the job stay out unless a tool's own list
 * names them.
 */
const BASE_ENVIRONMENT = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'TMPDIR',
    'TMP',
    'TEMP',
    'LANG',
    'LANGUAGE',
    'LC_ALL',
    'TZ',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'all_proxy',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'DOCKER_CONFIG',
    'DOCKER_HOST',
    'DOCKER_CERT_PATH',
    'DOCKER_TLS_VERIFY',
    'DOCKER_CONTEXT',
    'CONTAINER_HOST',
    'CONTAINERD_ADDRESS',
    'XDG_RUNTIME_DIR',
    'REGISTRY_AUTH_FILE',
    // Windows
    'SystemRoot',
    'SYSTEMROOT',
    'windir',
    'ComSpec',
    'PATHEXT',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'ProgramData',
    'ProgramFiles',
    'ProgramFiles(x86)',
    'HOMEDRIVE',
    'HOMEPATH',
];
/**
 * The cloud SDK variables a registry login of ECR, GAR or ACR goes through
 * (the tools' own clients, and docker-credential-ecr-login / -gcloud /
 * -acr-env): credentials the workflow put in the environment for exactly that.
 */
const process_REGISTRY_CLOUD_ENVIRONMENT = [
    'AWS_',
    'AZURE_',
    'GOOGLE_APPLICATION_CREDENTIALS',
    'CLOUDSDK_',
];
/** The own variables of the tools the suite runs (TRIVY_*, GRYPE_*, SYFT_*, COSIGN_*). */
const SUITE_TOOL_PREFIXES = ['TRIVY_', 'GRYPE_', 'SYFT_', 'COSIGN_'];
/** Inputs, the runner's tokens and GITHUB_TOKEN: never in a child's environment, whatever a list says. */
function isSecretVariable(name) {
    const upper = name.toUpperCase();
    return (upper.startsWith('INPUT_') ||
        upper.startsWith('ACTIONS_ID_TOKEN_REQUEST_') ||
        upper === 'ACTIONS_RUNTIME_TOKEN' ||
        upper === 'ACTIONS_RESULTS_URL' ||
        upper === 'ACTIONS_RUNTIME_URL' ||
        upper === 'ACTIONS_CACHE_URL' ||
        upper === 'GITHUB_TOKEN' ||
        upper === 'GH_TOKEN');
}
function withoutRunnerSecrets(env) {
    const out = {};
    for (const [key, value] of Object.entries(env)) {
        if (value !== undefined && !isSecretVariable(key))
            out[key] = value;
    }
    return out;
}
/**
 * A child's environment from an allow-list: `BASE_ENVIRONMENT`, plus what
 * `allow` names, plus `set`. LC_* locale variables are kept. Secrets per
 * `isSecretVariable` are never copied, even when a prefix would match them.
 */
function process_toolEnvironment(base, options = {}) {
    const exact = new Set(BASE_ENVIRONMENT);
    const prefixes = [];
    for (const entry of options.allow ?? []) {
        if (entry.endsWith('_'))
            prefixes.push(entry);
        else
            exact.add(entry);
    }
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value === undefined || isSecretVariable(key))
            continue;
        if (exact.has(key) || key.startsWith('LC_') || prefixes.some((prefix) => key.startsWith(prefix)))
            env[key] = value;
    }
    for (const [key, value] of Object.entries(options.set ?? {})) {
        if (value === undefined)
            delete env[key];
        else
            env[key] = value;
    }
    return env;
}
/** The last `lines` non-empty lines of a tool's stderr, for error messages. */
function tailLines(text, lines = 10) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trimEnd())
        .filter(Boolean)
        .slice(-lines)
        .join('\n');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/context.ts

function readPayload(file) {
    if (!file)
        return {};
    try {
        const parsed = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}
function get(obj, ...keys) {
    let current = obj;
    for (const key of keys) {
        if (!current || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
function str(value) {
    return typeof value === 'string' ? value : '';
}
function pullRequestFromPayload(payload) {
    const pr = get(payload, 'pull_request');
    if (!pr || typeof pr !== 'object')
        return undefined;
    const number = get(pr, 'number');
    const headRepository = str(get(pr, 'head', 'repo', 'full_name'));
    const baseRepository = str(get(pr, 'base', 'repo', 'full_name'));
    const headFork = get(pr, 'head', 'repo', 'fork');
    return {
        number: typeof number === 'number' ? number : 0,
        headSha: str(get(pr, 'head', 'sha')),
        headRepository,
        baseRepository,
        fromFork: headRepository === '' || // a deleted head repository is treated as foreign
            (baseRepository !== '' && headRepository.toLowerCase() !== baseRepository.toLowerCase()) ||
            (headFork === true && headRepository.toLowerCase() !== baseRepository.toLowerCase()),
    };
}
function isUntrustedTrigger(eventName, payload) {
    if (eventName === 'pull_request_target')
        return true;
    if (eventName === 'workflow_run') {
        const head = str(get(payload, 'workflow_run', 'head_repository', 'full_name'));
        const base = str(get(payload, 'repository', 'full_name'));
        return head === '' || head.toLowerCase() !== base.toLowerCase();
    }
    return false;
}
function readRunContext(env = process.env) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const pullRequest = pullRequestFromPayload(payload);
    return {
        eventName,
        repository: env.GITHUB_REPOSITORY ?? '',
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        actor: env.GITHUB_ACTOR ?? '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runnerTemp: env.RUNNER_TEMP || (env.TMPDIR ?? '/tmp'),
        runnerOs: env.RUNNER_OS ?? '',
        payload,
        ...(pullRequest ? { pullRequest } : {}),
        untrustedTrigger: isUntrustedTrigger(eventName, payload),
    };
}

;// CONCATENATED MODULE: ./packages/action-kit/src/summary.ts



/**
 * Job-summary builder with a byte budget.
 *
 * GitHub rejects a step summary larger than 1 MiB (the whole file named by
 * GITHUB_STEP_SUMMARY, per step), and shows an error instead of it. Rather than
 * pushing into `core.summary`'s buffer and hoping, sections are appended here in
 * order and measured in UTF-8 bytes; a section that does not fit is cut at a
 * clean boundary (whole table rows, list items, details blocks), every later
 * section is counted but left out, and one closing note says how much is missing
 * and where to find it.
 *
 * Text is untrusted unless wrapped in `SafeMarkdown`: plain strings passed to the
 * builder are escaped (`escapeMarkdown` in Markdown, `escapeHtml` inside HTML
 * tags), truncated and folded to one line.
 */
/** GitHub's limit for one step's summary. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Default budget: the 1 MiB limit less a safety margin (48,576 bytes). */
const DEFAULT_SUMMARY_BUDGET_BYTES = 1_000_000;
/** Bytes kept free for the closing "not shown" note. */
const NOTE_RESERVE_BYTES = 2048;
/** Markdown that is placed as is: built by `md.*` helpers or by trusted code. */
class SafeMarkdown {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
/** UTF-8 length of a string. */
function utf8Bytes(value) {
    return Buffer.byteLength(value, 'utf8');
}
/**
 * Cuts a string to at most `maxBytes` UTF-8 bytes without splitting a
 * character (or a surrogate pair), marking the cut with `…` when it happens.
 */
function summary_truncateUtf8(value, maxBytes) {
    if (utf8Bytes(value) <= maxBytes)
        return value;
    const ellipsis = '…';
    const room = Math.max(0, maxBytes - utf8Bytes(ellipsis));
    const buffer = Buffer.from(value, 'utf8');
    let end = Math.min(room, buffer.length);
    // Step back over UTF-8 continuation bytes so the cut lands on a character start.
    while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80)
        end -= 1;
    let cut = buffer.subarray(0, end).toString('utf8');
    // A lone high surrogate cannot come out of valid UTF-8, but guard anyway.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    return maxBytes >= utf8Bytes(ellipsis) ? `${cut}${ellipsis}` : cut;
}
function foldLines(value) {
    return value.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
}
/** Escapes a URL for use as a Markdown link destination (inside a table too). */
function linkDestination(url) {
    return url.replace(/[|()<> \\`[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** Default length cap for one piece of untrusted text (UTF-16 units). */
const DEFAULT_MAX_TEXT_CHARS = 1000;
/** Helpers that turn untrusted values into `SafeMarkdown`. */
const md = {
    /** Trusted Markdown written by this code base. */
    raw(trusted) {
        return new SafeMarkdown(trusted);
    },
    /** Untrusted text: invisible characters removed, escaped, one line, capped. */
    text(untrusted, maxChars = DEFAULT_MAX_TEXT_CHARS) {
        return new SafeMarkdown(escapeMarkdown(escape_truncate(escape_stripInvisible(untrusted), maxChars)));
    },
    /** Untrusted text as an inline code span (`|` as an entity, so it is safe in a table cell). */
    code(untrusted, maxChars = DEFAULT_MAX_TEXT_CHARS) {
        return new SafeMarkdown(markdownCode(escape_truncate(untrusted, maxChars)).replace(/\|/g, '&#124;'));
    },
    bold(value) {
        return new SafeMarkdown(`**${render(value)}**`);
    },
    /**
     * A link when `url` is http(s), plain text otherwise (javascript:, data: and
     * garbage are dropped). The destination is percent-escaped so it cannot end
     * the link or a table cell early.
     */
    link(text, url) {
        const label = render(text);
        const safe = safeUrl(url);
        if (!safe)
            return new SafeMarkdown(label);
        return new SafeMarkdown(`[${label}](${linkDestination(safe)})`);
    },
    join(parts, separator = ' ') {
        return new SafeMarkdown(parts.map((part) => render(part)).join(separator));
    },
};
/** Untrusted text for HTML context (e.g. `<summary>`): escaped, one line, capped. */
function htmlText(untrusted, maxChars = DEFAULT_MAX_TEXT_CHARS) {
    return foldLines(escapeHtmlAndMarkdown(escape_truncate(escape_stripInvisible(untrusted), maxChars)));
}
function render(value, maxChars = DEFAULT_MAX_TEXT_CHARS) {
    return value instanceof SafeMarkdown ? value.text : md.text(value, maxChars).text;
}
function renderCell(value, maxChars) {
    // Cells must stay on one line; trusted Markdown is folded too.
    const text = foldLines(render(value, maxChars)).trim();
    return text === '' ? ' ' : text;
}
class SummaryBuilder {
    options;
    parts = [];
    used = 0;
    truncated = false;
    omittedItems = 0;
    omittedSections = 0;
    budget;
    noteReserve;
    noun;
    maxText;
    constructor(options = {}) {
        this.options = options;
        this.budget = options.budgetBytes ?? DEFAULT_SUMMARY_BUDGET_BYTES;
        if (!Number.isFinite(this.budget) || this.budget < 0) {
            throw new RangeError(`summary budget must be a number of bytes >= 0, got ${this.budget}`);
        }
        // A tiny budget (a summary file already nearly full) leaves everything out;
        // the note is kept only when it can say something useful.
        this.noteReserve = Math.min(NOTE_RESERVE_BYTES, this.budget);
        this.noun = options.itemNoun ?? ['finding', 'findings'];
        this.maxText = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
    }
    /** Bytes available for content (the closing note has its own reserve). */
    get remainingBytes() {
        return Math.max(0, this.contentBudget() - this.used);
    }
    get isTruncated() {
        return this.truncated;
    }
    heading(text, level = 2) {
        return this.atomic(`${'#'.repeat(level)} ${foldLines(render(text, this.maxText))}\n\n`);
    }
    paragraph(text) {
        return this.atomic(`${render(text, this.maxText)}\n\n`);
    }
    /** Trusted Markdown block, placed whole or not at all. */
    markdown(block, items = 0) {
        return this.atomic(`${block.text.trimEnd()}\n\n`, items);
    }
    table(table) {
        return this.add({ open: this.tableHead(table), units: this.tableRows(table), close: '\n' });
    }
    list(items, itemsPerEntry = 1) {
        return this.add({
            open: '',
            units: items.map((item) => ({ text: `- ${renderCell(item, this.maxText)}\n`, items: itemsPerEntry })),
            close: '\n',
        });
    }
    /** A `<details>` block; with a table or list it may be cut at a row/item boundary and is always closed. */
    details(details) {
        const summary = details.summary instanceof SafeMarkdown
            ? foldLines(details.summary.text)
            : htmlText(details.summary, this.maxText);
        let open = `<details${details.open ? ' open' : ''}><summary>${summary}</summary>\n\n`;
        let units = [];
        if (details.table) {
            open += this.tableHead(details.table);
            units = this.tableRows(details.table);
        }
        else if (details.list) {
            units = details.list.map((item) => ({ text: `- ${renderCell(item, this.maxText)}\n`, items: 1 }));
        }
        const footer = details.footer ? `\n${details.footer.text}\n` : '';
        return this.add({ open, units, close: `${footer}\n</details>\n\n` });
    }
    /** The summary, with a closing note when anything was left out. */
    build() {
        let markdown = this.parts.join('');
        const omitted = { items: this.omittedItems, sections: this.omittedSections };
        if (this.truncated && this.noteReserve >= 64) {
            const note = summary_truncateUtf8(this.omissionNote(omitted), this.noteReserve - 1);
            markdown += `${note}\n`;
        }
        return { markdown, bytes: utf8Bytes(markdown), truncated: this.truncated, omitted };
    }
    omissionNote(omitted) {
        if (this.options.omissionNote)
            return foldNote(this.options.omissionNote(omitted));
        const [one, many] = this.noun;
        const what = omitted.items > 0
            ? `${omitted.items.toLocaleString('en-US')} ${omitted.items === 1 ? one : many} not shown`
            : 'some sections not shown';
        const where = this.options.seeAlso ? `; see ${this.options.seeAlso}` : '';
        return `> [!NOTE]\n> This summary was cut to stay within GitHub's 1 MiB step-summary limit: ${what}${where}.`;
    }
    contentBudget() {
        return this.budget - this.noteReserve;
    }
    tableHead(table) {
        const headers = table.headers.map((h) => renderCell(h, this.maxText));
        const align = headers.map((_, i) => {
            const a = table.align?.[i];
            return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
        });
        return `| ${headers.join(' | ')} |\n| ${align.join(' | ')} |\n`;
    }
    tableRows(table) {
        const width = table.headers.length;
        const items = table.itemsPerRow ?? 1;
        return table.rows.map((row) => {
            const cells = [];
            for (let i = 0; i < width; i += 1)
                cells.push(renderCell(row[i] ?? '', this.maxText));
            return { text: `| ${cells.join(' | ')} |\n`, items };
        });
    }
    atomic(text, items = 0) {
        return this.add({ open: '', units: [{ text, items }], close: '' });
    }
    add(section) {
        const total = section.units.reduce((sum, unit) => sum + unit.items, 0);
        if (this.truncated) {
            this.skip(total);
            return this;
        }
        const remaining = this.contentBudget() - this.used;
        const fixed = utf8Bytes(section.open) + utf8Bytes(section.close);
        const first = section.units[0];
        const minimum = fixed + (first ? utf8Bytes(first.text) : 0);
        if (minimum > remaining) {
            this.truncated = true;
            this.skip(total);
            return this;
        }
        let used = fixed;
        const kept = [section.open];
        let keptItems = 0;
        for (const unit of section.units) {
            const size = utf8Bytes(unit.text);
            if (used + size > remaining) {
                this.truncated = true;
                break;
            }
            kept.push(unit.text);
            used += size;
            keptItems += unit.items;
        }
        kept.push(section.close);
        this.parts.push(kept.join(''));
        this.used += used;
        this.omittedItems += total - keptItems;
        return this;
    }
    skip(items) {
        this.omittedItems += items;
        this.omittedSections += 1;
    }
}
function foldNote(note) {
    return note.endsWith('\n') ? note.slice(0, -1) : note;
}
function describePath(value) {
    return foldLines(escape_stripInvisible(value));
}
/**
 * Bytes a summary may still use in this step: the budget less what is already
 * in the GITHUB_STEP_SUMMARY file (other steps' tools may have written there).
 */
async function availableSummaryBytes(budgetBytes = DEFAULT_SUMMARY_BUDGET_BYTES, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return budgetBytes;
    try {
        const stat = await external_node_fs_.promises.stat(file);
        return Math.max(0, budgetBytes - stat.size);
    }
    catch {
        return budgetBytes;
    }
}
/**
 * Appends `markdown` to the file named by GITHUB_STEP_SUMMARY. Returns false
 * (after an info message) when the variable is unset, the file cannot be
 * written, or the result would exceed GitHub's 1 MiB limit; never throws for
 * those, as a missing summary must not fail a scan.
 */
async function writeJobSummary(markdown, options = {}) {
    const env = options.env ?? process.env;
    const log = options.log ?? ((message) => core/* info */.pq(message));
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file) {
        log('GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner?); the job summary was not written.');
        return false;
    }
    try {
        let existing = 0;
        try {
            existing = (await external_node_fs_.promises.stat(file)).size;
        }
        catch {
            existing = 0;
        }
        const size = utf8Bytes(markdown);
        if (existing + size > STEP_SUMMARY_LIMIT_BYTES) {
            log(`The job summary (${size} bytes) would take the step summary file past GitHub's 1 MiB limit ` +
                `(${existing} bytes already there); it was not written.`);
            return false;
        }
        await external_node_fs_.promises.appendFile(file, markdown, { encoding: 'utf8' });
        return true;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log(`Could not write the job summary to ${describePath(file)}: ${describePath(reason)}`);
        return false;
    }
}
/**
 * The job summary of a step that could not finish (a tool that crashed, a
 * report that could not be read, a download that failed): what did not
 * happen and why, so that a missing verdict is never read as a pass.
 */
function failureSummaryMarkdown(title, message, budgetBytes = 16_384) {
    const builder = new SummaryBuilder({ budgetBytes });
    builder.heading(md.text(title, 200), 2);
    builder.paragraph(md.raw(':x: **Not completed:** no result was produced.'));
    builder.paragraph(md.text(message, 4000));
    return builder.build().markdown;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/runtime.ts
/**
 * The action runtime: what every action's main.ts takes from the runner (the
 * environment, the run context, the log, step outputs, masks, notices, the
 * job summary and the clock), built once per step by runAction and handed to
 * each action's defaultDeps. Below it nothing reads the runner's environment
 * for itself: the environment is the one captured here, the context is read
 * from it once (on first use, so an action that needs none never reads the
 * event file), and the summary writer and its budget use it too.
 */




/** A runtime over `env` (the process environment by default). */
function createRuntime(env = process.env) {
    let context;
    return {
        env,
        get context() {
            return (context ??= readRunContext(env));
        },
        logger: logger,
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        mask: (secret) => core/* setSecret */.Pq(secret),
        notice: (message) => core/* notice */.lm(message),
        now: () => new Date(),
        summaryBudget: () => availableSummaryBytes(undefined, env),
        writeSummary: async (markdown) => {
            await writeJobSummary(markdown, { env });
        },
    };
}
let current;
/** The runtime runAction built for this step (one is created on first use outside runAction, e.g. in a script). */
function actionRuntime() {
    return (current ??= createRuntime());
}
/** Starts a step: a fresh runtime, which actionRuntime() returns from now on. */
function startRuntime(env = process.env) {
    current = createRuntime(env);
    return current;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/run-action.ts



/**
 * The single place that starts and fails a step. Every action's index.ts is
 * `runAction(() => run(getInputs()))`. It builds the step's runtime once
 * (runtime.ts: environment, context, log, outputs, summary, clock), which each
 * action's defaultDeps takes through actionRuntime().
 *
 * - ConfigurationError: "what to fix", no stack.
 * - PolicyFailure: the verdict message as is.
 * - InfrastructureError: prefixed so nobody reads it as a finding or a pass.
 * - anything else is a bug: message plus stack in the debug log.
 * Causes are appended ("caused by: ...") for every kind.
 */
async function runAction(fn) {
    try {
        await fn(startRuntime());
    }
    catch (error) {
        core/* setFailed */.C1(describeFailure(error));
        const stack = error instanceof Error ? error.stack : undefined;
        if (stack && !(error instanceof errors_ConfigurationError) && !(error instanceof PolicyFailure)) {
            core/* debug */.Yz(stack);
        }
    }
}
function describeFailure(error) {
    const [head, ...causes] = causeChain(error);
    let message;
    if (head instanceof errors_ConfigurationError || head instanceof PolicyFailure) {
        message = head.message;
    }
    else if (head instanceof InfrastructureError) {
        message = `Infrastructure failure (not a finding): ${head.message}`;
    }
    else {
        message = `Unexpected error (a bug in this action; please report it): ${errorMessage(head)}`;
    }
    for (const cause of causes) {
        message += `\n  caused by: ${errorMessage(cause)}`;
    }
    return message;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/annotations.ts


const ANNOTATION_LEVELS = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
/** Annotations GitHub displays per step and level. */
const ANNOTATIONS_PER_LEVEL = 10;
/** Longest message emitted, in UTF-8 bytes (longer ones are cut with `…`). */
const MAX_ANNOTATION_MESSAGE_BYTES = 4096;
/** Longest title, in characters. */
const MAX_ANNOTATION_TITLE_CHARS = 255;
function positiveLine(value) {
    return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}
/** `value` has had its invisible characters removed by the caller (a title also had its mentions neutralised). */
function cleanProperty(value) {
    // Properties are single values: fold line breaks before escaping so titles stay on one line.
    return escapeCommandProperty(value.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' '));
}
/** One workflow command line for an annotation (no trailing newline). */
function formatAnnotation(annotation) {
    const properties = [];
    const file = annotation.file ? stripInvisible(annotation.file).trim() : '';
    if (file) {
        properties.push(`file=${cleanProperty(file)}`);
        const line = positiveLine(annotation.startLine);
        if (line !== undefined) {
            properties.push(`line=${line}`);
            const endLine = positiveLine(annotation.endLine);
            if (endLine !== undefined && endLine >= line)
                properties.push(`endLine=${endLine}`);
        }
    }
    if (annotation.title) {
        const title = truncate(plainText(annotation.title).trim(), MAX_ANNOTATION_TITLE_CHARS);
        if (title)
            properties.push(`title=${cleanProperty(title)}`);
    }
    const message = escapeCommandData(truncateUtf8(plainText(annotation.message), MAX_ANNOTATION_MESSAGE_BYTES));
    const level = ANNOTATION_LEVELS.includes(annotation.level) ? annotation.level : 'notice';
    return `::${level}${properties.length > 0 ? ` ${properties.join(',')}` : ''}::${message}`;
}
/** Which annotations fit the budget: most severe level first, caller order within a level. */
function selectAnnotations(annotations, perLevel = ANNOTATIONS_PER_LEVEL, reserve = {}) {
    const byLevel = new Map(ANNOTATION_LEVELS.map((level) => [level, []]));
    for (const annotation of annotations) {
        const level = ANNOTATION_LEVELS.includes(annotation.level) ? annotation.level : 'notice';
        byLevel.get(level)?.push(annotation);
    }
    const errors = byLevel.get('error') ?? [];
    const warnings = byLevel.get('warning') ?? [];
    const notices = byLevel.get('notice') ?? [];
    const slots = (level) => Math.max(0, perLevel - Math.max(0, reserve[level] ?? 0));
    const overflow = errors.length > slots('error') || warnings.length > slots('warning') || notices.length > slots('notice');
    // When anything is left out, one notice slot goes to the overflow notice.
    const noticeSlots = overflow ? Math.max(0, slots('notice') - 1) : slots('notice');
    const selected = [
        ...errors.slice(0, slots('error')),
        ...warnings.slice(0, slots('warning')),
        ...notices.slice(0, noticeSlots),
    ];
    return { selected, omitted: annotations.length - selected.length };
}
function emitAnnotations(annotations, options) {
    const write = options.write ?? ((line) => void process.stdout.write(`${line}\n`));
    const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
    const { selected, omitted } = selectAnnotations(annotations, perLevel, options.reserve ?? {});
    for (const annotation of selected)
        write(formatAnnotation(annotation));
    if (omitted > 0) {
        write(formatAnnotation({
            level: 'notice',
            title: options.overflowTitle ?? `${omitted} more not shown as annotations`,
            message: options.overflowMessage(omitted),
        }));
    }
    return { emitted: selected.length, omitted };
}

;// CONCATENATED MODULE: ./packages/action-kit/src/image-reference.ts

/**
 * Container image references as inputs: registry/repository[:tag][@sha256:64hex].
 * Lower-case repository (as the distribution spec requires), no whitespace, no
 * scheme. Shared by every action that takes an image.
 */
const IMAGE_PATTERN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?(?::[0-9]{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
/** Returns `value` when it is a valid image reference; otherwise throws a ConfigurationError naming `input`. */
function validateImageReference(input, value) {
    if (value.includes('://')) {
        throw new errors_ConfigurationError(`Input \`${input}\` must be an image reference such as ghcr.io/org/app:1.0 or ghcr.io/org/app@sha256:…, not a URL.`);
    }
    const digest = /@([^@]*)$/.exec(value)?.[1];
    if (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw new errors_ConfigurationError(`Input \`${input}\` has an invalid digest '${digest.slice(0, 80)}': expected sha256: followed by 64 lower-case hex characters.`);
    }
    if (!IMAGE_PATTERN.test(value)) {
        const repo = value.replace(/@.*$/, '').replace(/:[\w][\w.-]*$/, '');
        const hint = /[A-Z]/.test(repo.split('/').slice(1).join('/') || repo)
            ? ' Repository names must be lower-case.'
            : '';
        throw new errors_ConfigurationError(`Input \`${input}\` is not a valid image reference: '${value.slice(0, 200)}'.${hint}`);
    }
    return value;
}
/** The registry host of a reference ('docker.io' when it names none). */
function image_reference_imageRegistry(reference) {
    const first = reference.split('/')[0] ?? '';
    return reference.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
        ? first.toLowerCase()
        : 'docker.io';
}

;// CONCATENATED MODULE: ./packages/action-kit/src/image-archive.ts




const BLOCK = 512;
const MAX_ENTRIES = 4096;
/** An index.json is a few hundred bytes; anything this large is not one. */
const MAX_INDEX_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
function field(header, start, length) {
    const raw = header.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}
/** The first entries' headers (bounded in count; data is jumped over), stopping when `stop` says so. */
function walkTar(readAt, stop) {
    const magic = readAt(0, 2);
    if (magic.length === 2 && magic[0] === 0x1f && magic[1] === 0x8b)
        return; // gzip: not walked
    let offset = 0;
    for (let entries = 0; entries < MAX_ENTRIES; entries += 1) {
        const header = readAt(offset, BLOCK);
        if (header.length < BLOCK || header.every((byte) => byte === 0))
            return;
        const isUstar = field(header, 257, 6).startsWith('ustar');
        const prefix = isUstar ? field(header, 345, 155) : '';
        const name = ((prefix ? `${prefix}/` : '') + field(header, 0, 100)).replace(/^(\.\/)+/, '');
        const size = parseInt(field(header, 124, 12).trim() || '0', 8);
        if (!Number.isFinite(size) || size < 0)
            return;
        if (stop({ name, size, data: offset + BLOCK }))
            return;
        offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    }
}
/**
 * An OCI archive has an `oci-layout` entry, a docker-archive (`docker save`)
 * a `manifest.json` (Docker 25 and later write both: it is read as the OCI
 * archive it also is). Only headers are read, and only the first entries, so
 * a multi-GB archive costs a few reads.
 */
function sniffArchive(readAt) {
    let kind = 'unknown';
    walkTar(readAt, (entry) => {
        if (entry.name === 'oci-layout') {
            kind = 'oci-archive';
            return true;
        }
        if (entry.name === 'manifest.json')
            kind = 'docker-archive';
        return false;
    });
    return kind;
}
function fileReader(file) {
    const fd = fs.openSync(file, 'r');
    return {
        readAt: (offset, length) => {
            const buffer = Buffer.alloc(length);
            const read = fs.readSync(fd, buffer, 0, length, offset);
            return buffer.subarray(0, read);
        },
        close: () => fs.closeSync(fd),
    };
}
function readArchiveKind(file) {
    const reader = fileReader(file);
    try {
        return sniffArchive(reader.readAt);
    }
    finally {
        reader.close();
    }
}
/**
 * Validates an image archive input: resolved against the workspace; a
 * relative path is confined to it by real path (a link in the checkout does
 * not lead elsewhere), an absolute one may name any file on the runner (a
 * `docker save` in RUNNER_TEMP); a directory must be an OCI image layout.
 * `otherwise` completes the error for a plain directory ("use `path` ...").
 */
function validateImageArchive(name, value, workspace, otherwise) {
    const resolved = validatePath(name, value, { base: workspace, mustExist: 'any', allowAbsolute: true });
    const stat = fs.statSync(resolved);
    if (stat.isDirectory()) {
        if (!fs.existsSync(path.join(resolved, 'oci-layout'))) {
            throw new ConfigurationError(`Input \`${name}\`: '${value.slice(0, 200)}' is a directory but not an OCI image layout (it has no oci-layout file). ${otherwise}`);
        }
        return { path: resolved, layout: 'oci-dir' };
    }
    if (!stat.isFile())
        throw new ConfigurationError(`Input \`${name}\`: '${value.slice(0, 200)}' is neither a file nor a directory.`);
    return { path: resolved, layout: readArchiveKind(resolved) };
}
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The single manifest digest an OCI index.json names; undefined for none, several, or anything malformed. */
function digestFromIndex(text) {
    let index;
    try {
        index = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const manifests = index?.manifests;
    if (!Array.isArray(manifests) || manifests.length !== 1)
        return undefined;
    const digest = manifests[0]?.digest;
    return typeof digest === 'string' && DIGEST.test(digest) ? digest : undefined;
}
/**
 * The image's manifest digest (sha256:…), read from the archive's OCI
 * `index.json` when it names exactly one manifest: the digest the image keeps
 * when pushed as is. A docker-archive without an index (Docker before 25)
 * carries no manifest, so there is none to report: undefined, never a guess.
 */
function imageArchiveDigest(archive) {
    if (archive.layout === 'oci-dir') {
        const file = path.join(archive.path, 'index.json');
        let stat;
        try {
            stat = fs.lstatSync(file);
        }
        catch {
            return undefined;
        }
        if (!stat.isFile() || stat.size > MAX_INDEX_BYTES)
            return undefined;
        return digestFromIndex(fs.readFileSync(file, 'utf8'));
    }
    if (archive.layout === 'unknown')
        return undefined;
    const reader = fileReader(archive.path);
    try {
        let digest;
        walkTar(reader.readAt, (entry) => {
            if (entry.name !== 'index.json')
                return false;
            if (entry.size <= MAX_INDEX_BYTES)
                digest = digestFromIndex(reader.readAt(entry.data, entry.size).toString('utf8'));
            return true;
        });
        return digest;
    }
    finally {
        reader.close();
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/registry-auth.ts





/**
 * Reads `registry-username` and `registry-password` (the password masked
 * with core.setSecret as it is read, before any use). Both or neither;
 * undefined when neither is set.
 */
function getRegistryLogin() {
    const username = getString('registry-username', {
        maxLength: 256,
        pattern: /^[^\s]+$/,
        patternDescription: 'a user name without spaces',
    });
    const password = getSecret('registry-password');
    if (Boolean(username) !== Boolean(password)) {
        throw new ConfigurationError('Inputs `registry-username` and `registry-password` go together: set both or neither.');
    }
    return username ? { username, password } : undefined;
}
/**
 * The variables through which each tool documents registry credentials:
 * Trivy's TRIVY_USERNAME / TRIVY_PASSWORD (used for the image's registry),
 * Grype's and Syft's <TOOL>_REGISTRY_AUTH_AUTHORITY / _USERNAME / _PASSWORD
 * (one credential scoped to the image's registry). Variables that would
 * compete with the login (a token set in the job's environment) are removed
 * (value undefined), so the credentials the step names are the ones used.
 * Meant for `toolEnvironment`'s `set`: never argv.
 */
function registryLoginVariables(tool, image, login) {
    if (tool === 'trivy') {
        return { TRIVY_USERNAME: login.username, TRIVY_PASSWORD: login.password, TRIVY_REGISTRY_TOKEN: undefined };
    }
    const prefix = tool === 'grype' ? 'GRYPE' : 'SYFT';
    const registry = imageRegistry(image);
    return {
        // go-containerregistry (under Grype's and Syft's stereoscope) names Docker Hub index.docker.io.
        [`${prefix}_REGISTRY_AUTH_AUTHORITY`]: registry === 'docker.io' ? 'index.docker.io' : registry,
        [`${prefix}_REGISTRY_AUTH_USERNAME`]: login.username,
        [`${prefix}_REGISTRY_AUTH_PASSWORD`]: login.password,
        [`${prefix}_REGISTRY_AUTH_TOKEN`]: undefined,
    };
}
/** The variables through which a user configures the tool's registry credentials in the job. */
function configuredCredentials(tool, env) {
    if (tool === 'trivy')
        return Boolean(env.TRIVY_USERNAME || env.TRIVY_PASSWORD);
    const prefix = `${tool.toUpperCase()}_REGISTRY_AUTH_`;
    return Object.keys(env).some((key) => key.startsWith(prefix));
}
/**
 * The environment of a tool that pulls images itself (Syft, Trivy): an
 * allow-list of the runner's (action-kit's base list, the tool's own
 * variables and the cloud SDK variables registry logins use; never the
 * action's inputs or the runner's tokens), without the variables that would
 * name a config file, plus `set`, plus registry credentials: the step's
 * login scoped to the image's registry when given, else for ghcr.io images
 * the workflow token (as the actor) unless the job configured credentials
 * through the tool's variables. Environment only, never argv.
 */
function toolRegistryEnvironment(tool, base, options) {
    const login = options.image && options.registryLogin
        ? registryLoginVariables(tool, options.image, options.registryLogin)
        : undefined;
    const env = toolEnvironment(base, {
        allow: [`${tool.toUpperCase()}_`, ...REGISTRY_CLOUD_ENVIRONMENT],
        set: {
            ...Object.fromEntries(CONFIG_FILE_VARIABLES[tool].map((name) => [name, undefined])),
            ...options.set,
            ...login,
        },
    });
    if (login || configuredCredentials(tool, env))
        return env;
    if (options.image && imageRegistry(options.image) === 'ghcr.io' && options.githubToken && options.actor) {
        if (tool === 'trivy') {
            env.TRIVY_USERNAME = options.actor;
            env.TRIVY_PASSWORD = options.githubToken;
        }
        else {
            const prefix = tool.toUpperCase();
            env[`${prefix}_REGISTRY_AUTH_AUTHORITY`] = 'ghcr.io';
            env[`${prefix}_REGISTRY_AUTH_USERNAME`] = options.actor;
            env[`${prefix}_REGISTRY_AUTH_PASSWORD`] = options.githubToken;
        }
    }
    return env;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts



















/***/ }),

/***/ 7734:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T4: () => (/* reexport */ IN_TOTO_PAYLOAD_TYPE),
  pB: () => (/* reexport */ MAX_PREDICATE_BYTES),
  us: () => (/* reexport */ predicate_types_SLSA_PROVENANCE_V1),
  QJ: () => (/* reexport */ buildSlsaProvenancePredicate),
  Y5: () => (/* reexport */ buildStatement),
  d: () => (/* reexport */ customPredicateFromFile),
  KW: () => (/* reexport */ defaultOidcIssuer),
  z3: () => (/* reexport */ formatBytes),
  tO: () => (/* reexport */ githubServerUrlFromIssuer),
  m1: () => (/* reexport */ imageSubject),
  Wj: () => (/* reexport */ mergeSubjects),
  er: () => (/* reexport */ parseExternalInputs),
  Ll: () => (/* reexport */ predicateTypeName),
  vW: () => (/* reexport */ provenanceClaims),
  f8: () => (/* reexport */ sbomPredicateFromFile),
  US: () => (/* reexport */ serializeStatement),
  $E: () => (/* reexport */ subjectFromDigest),
  Ic: () => (/* reexport */ subjectsFromChecksumsFile),
  wt: () => (/* reexport */ subjectsFromPaths),
  Gy: () => (/* reexport */ validatePredicateType),
  lk: () => (/* reexport */ vulnPredicateFromFile)
});

// UNUSED EXPORTS: COSIGN_VULN_V1, CYCLONEDX_BOM, GITHUB_WORKFLOW_BUILD_TYPE, IN_TOTO_STATEMENT_V1, MAX_CHECKSUMS_BYTES, MAX_EXTERNAL_INPUTS_BYTES, MAX_SUBJECTS, MAX_SUBJECT_NAME_LENGTH, PREDICATE_TYPE_NAMES, PROVENANCE_CLAIMS, SHA256_DIGEST, SLSA_PREDICATE_TYPE, SPDX_DOCUMENT_PREFIX, assertValidStatement, cosignVulnProblems, imageSubjectName, isAbsoluteUri, parseChecksums, parseJsonObject, parseSha256Digest, parseSha256Hex, predicateTypeForName, predicateTypeMatches, readJsonObjectFile, sanitizeSubjectName, sbomPredicateFrom, scanReportFormat, sha256File, shown, splitWorkflowRef, statementProblems, vulnPredicateFrom

;// CONCATENATED MODULE: ./packages/attestation/src/limits.ts
/**
 * Limits shared by every predicate and subject source. They are GitHub's own
 * (actions/attest refuses more than 1024 subjects and predicates or SBOMs over
 * 16 MB): an attestation this action writes is one GitHub's attestation API
 * and `gh attestation verify` accept.
 */
/** Most subjects one statement may name. */
const MAX_SUBJECTS = 1024;
/** Largest predicate (or SBOM, or scan report) read from a file: 16 MiB. */
const MAX_PREDICATE_BYTES = 16 * 1024 * 1024;
/** Longest subject name accepted (characters). */
const MAX_SUBJECT_NAME_LENGTH = 4096;
/** Largest checksums file read: 512 bytes per line for the maximum number of subjects, as actions/attest allows. */
const MAX_CHECKSUMS_BYTES = 512 * MAX_SUBJECTS;
/** Human-readable size ("16 MiB", "1.5 KiB"). */
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${+(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} bytes`;
}

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 17 modules
var src = __nccwpck_require__(4644);
// EXTERNAL MODULE: ./packages/vocabulary/src/digest.ts
var digest = __nccwpck_require__(876);
;// CONCATENATED MODULE: ./packages/attestation/src/digest.ts



/** Shows a value inside an error message: one line, visible control characters, capped. */
function shown(value, max = 100) {
    const cut = value.length > max ? `${value.slice(0, max - 3)}...` : value;
    // eslint-disable-next-line no-control-regex -- showing control characters is the point
    return `'${cut.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`)}'`;
}
/**
 * Validates a `sha256:<hex>` digest and returns its 64 hex characters.
 * Upper-case hex is refused rather than folded: a digest is compared byte for
 * byte by every verifier, and one that was typed differently is a mistake to
 * point out. `what` names the input or file in the error.
 */
function parseSha256Digest(value, what) {
    if (digest/* SHA256_DIGEST */.fu.test(value))
        return value.slice('sha256:'.length);
    let why;
    if (!value.includes(':'))
        why = 'it has no algorithm prefix (expected sha256:<64 hex characters>)';
    else if (!value.startsWith('sha256:'))
        why = `only sha256 digests are accepted, got the algorithm ${shown(value.split(':')[0] ?? '', 20)}`;
    else {
        const hex = value.slice('sha256:'.length);
        if (/[A-F]/.test(hex) && digest/* SHA256_HEX */.Y5.test(hex.toLowerCase()))
            why = 'the hex digits must be lower-case';
        else if (hex.length !== 64)
            why = `a sha256 digest has 64 hex characters, this one has ${hex.length}`;
        else
            why = 'it contains characters that are not hex digits';
    }
    throw new src/* ConfigurationError */.j1(`${what}: invalid digest ${shown(value)}: ${why}.`);
}
/** Validates 64 hex characters (a digest without its prefix); returns them. */
function parseSha256Hex(value, what) {
    if (digest/* SHA256_HEX */.Y5.test(value))
        return value;
    if (digest/* SHA256_HEX */.Y5.test(value.toLowerCase())) {
        throw new src/* ConfigurationError */.j1(`${what}: invalid sha256 digest ${shown(value)}: the hex digits must be lower-case.`);
    }
    throw new src/* ConfigurationError */.j1(`${what}: invalid sha256 digest ${shown(value)}: expected 64 hex characters, got ${value.length} character(s)${/^[0-9a-fA-F]*$/.test(value) ? '' : ' that are not all hex digits'}.`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/attestation/src/subjects.ts






// C0/C1 controls (tab included), DEL, line/paragraph separators, bidi embeddings, overrides and isolates,
// zero-width characters and the BOM: a subject name is shown in logs, summaries and by verifiers,
// and none of these may hide, reorder or break what it says.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;
/**
 * A subject name as it goes into the statement: surrounding blanks trimmed;
 * empty names, over-long names and names with control, bidi or zero-width
 * characters refused (with `what` naming where the name came from).
 */
function sanitizeSubjectName(name, what) {
    const trimmed = name.trim();
    if (trimmed === '')
        throw new src/* ConfigurationError */.j1(`${what}: a subject name must not be empty.`);
    if (UNSAFE_NAME_CHARACTERS.test(trimmed)) {
        throw new src/* ConfigurationError */.j1(`${what}: the subject name ${shown(trimmed)} contains a control, line-break, bidi or zero-width character; rename it.`);
    }
    if (trimmed.length > MAX_SUBJECT_NAME_LENGTH) {
        throw new src/* ConfigurationError */.j1(`${what}: the subject name is ${trimmed.length} characters long; at most ${MAX_SUBJECT_NAME_LENGTH} are accepted.`);
    }
    return trimmed;
}
/** One subject from `subject-digest` + `subject-name`. */
function subjectFromDigest(digest, name) {
    const hex = parseSha256Digest(digest, 'Input `subject-digest`');
    return { name: sanitizeSubjectName(name, 'Input `subject-name`'), digest: { sha256: hex } };
}
/**
 * The subject name cosign gives an image in `cosign attest`: the repository
 * as go-containerregistry prints it (`name.Digest.Repository.String()`), so
 * Docker Hub names are expanded (`alpine` → `index.docker.io/library/alpine`,
 * `docker.io/org/app` → `index.docker.io/org/app`); no tag, no digest.
 */
function imageSubjectName(reference) {
    const withoutDigest = reference.replace(/@[^@]*$/, '');
    // A tag is what follows the last ':' after the last '/' (a registry port comes before a '/').
    const lastSlash = withoutDigest.lastIndexOf('/');
    const lastColon = withoutDigest.lastIndexOf(':');
    const repository = lastColon > lastSlash ? withoutDigest.slice(0, lastColon) : withoutDigest;
    const slash = repository.indexOf('/');
    const first = slash === -1 ? '' : repository.slice(0, slash);
    const hasRegistry = slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    let registry = hasRegistry ? first.toLowerCase() : 'index.docker.io';
    let name = hasRegistry ? repository.slice(slash + 1) : repository;
    if (registry === 'docker.io')
        registry = 'index.docker.io';
    if (registry === 'index.docker.io' && !name.includes('/'))
        name = `library/${name}`;
    if (name === '')
        throw new src/* ConfigurationError */.j1(`Input \`subject-image\`: ${shown(reference)} names no repository.`);
    return `${registry}/${name}`;
}
/** The subject for an image resolved to a manifest digest. */
function imageSubject(reference, digest) {
    const hex = parseSha256Digest(digest, 'Input `subject-image`');
    return { name: imageSubjectName(reference), digest: { sha256: hex } };
}
/**
 * Subjects from a checksums file in the format `sha256sum` writes:
 * `<64 hex><space><space or *><name>` per line (the `*` marks binary mode).
 * Blank lines and `#` comments are skipped; anything else that does not
 * parse is an error naming the line, since a silently skipped line would be
 * an artifact left unattested. sha512 lines (128 hex) are refused: the
 * statement carries sha256 only. `source` names the file in errors.
 */
function parseChecksums(text, source) {
    const subjects = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((line, index) => {
        if (line.trim() === '' || line.startsWith('#'))
            return;
        const where = `${source}, line ${index + 1}`;
        // GNU coreutils escapes names with a backslash or newline and starts the line with '\'.
        if (line.startsWith('\\')) {
            throw new src/* ConfigurationError */.j1(`${where}: the name is escaped (sha256sum does that for names with a backslash or a newline); rename the file.`);
        }
        const match = /^([0-9A-Za-z]+) ([ *])(.*)$/.exec(line);
        if (!match) {
            throw new src/* ConfigurationError */.j1(`${where}: expected '<sha256 hex>  <name>' (or '<hex> *<name>'), the format sha256sum writes; got ${shown(line)}.`);
        }
        const [, hex = '', , rawName = ''] = match;
        if (hex.length === 128) {
            throw new src/* ConfigurationError */.j1(`${where}: this is a sha512 digest; the checksums must be sha256 (sha256sum).`);
        }
        const digest = parseSha256Hex(hex, where);
        subjects.push({ name: sanitizeSubjectName(rawName, where), digest: { sha256: digest } });
    });
    if (subjects.length === 0) {
        throw new src/* ConfigurationError */.j1(`${source} lists no checksums: expected lines like '<sha256 hex>  <name>' as sha256sum writes.`);
    }
    return subjects;
}
/** Reads and parses a checksums file, refusing one larger than 512 KiB (512 bytes per subject). */
async function subjectsFromChecksumsFile(file, displayName) {
    const stat = await external_node_fs_.promises.stat(file);
    if (!stat.isFile())
        throw new src/* ConfigurationError */.j1(`${displayName} is not a file.`);
    if (stat.size > MAX_CHECKSUMS_BYTES) {
        throw new src/* ConfigurationError */.j1(`${displayName} is ${formatBytes(stat.size)}; a checksums file may be at most ${formatBytes(MAX_CHECKSUMS_BYTES)} (${MAX_SUBJECTS} subjects).`);
    }
    return parseChecksums(await external_node_fs_.promises.readFile(file, 'utf8'), displayName);
}

function toPosix(p) {
    return p.split(external_node_path_.sep).join('/');
}
/**
 * Subjects from glob patterns (`*`, `**`, `?`, `[...]`, `{a,b}`; a leading
 * `!` excludes), relative to the workspace. Only regular files count;
 * symbolic links are followed only when they resolve inside the workspace.
 * Each file's sha256 is streamed. The subject name is the file's base name,
 * as actions/attest and actions/attest-build-provenance name path subjects
 * (their `getSubjectFromPath` uses `path.parse(file).base`), so an
 * attestation of `dist/app.tar.gz` is about `app.tar.gz`. Files are taken in
 * sorted path order; the same name with the same digest is listed once.
 */
async function subjectsFromPaths(patterns, options) {
    const workspace = external_node_path_.resolve(options.workspace);
    const max = options.maxSubjects ?? MAX_SUBJECTS;
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    if (include.length === 0)
        throw new src/* ConfigurationError */.j1('Input `subject-path` has only exclusions (!pattern); add a pattern that selects files.');
    const realWorkspace = await external_node_fs_.promises.realpath(workspace);
    const files = new Set();
    for (const pattern of include) {
        if (external_node_path_.isAbsolute(pattern) ? !isInside(workspace, pattern) : toPosix(external_node_path_.normalize(pattern)).startsWith('../')) {
            throw new src/* ConfigurationError */.j1(`Input \`subject-path\`: the pattern ${shown(pattern)} reaches outside the workspace (${workspace}).`);
        }
        const relativePattern = external_node_path_.isAbsolute(pattern) ? toPosix(external_node_path_.relative(workspace, pattern)) : pattern;
        let matched = 0;
        for await (const entry of external_node_fs_.promises.glob(relativePattern, { cwd: workspace, exclude })) {
            const absolute = external_node_path_.resolve(workspace, entry);
            let stat;
            try {
                stat = await external_node_fs_.promises.stat(absolute);
            }
            catch {
                continue; // a dangling link
            }
            if (!stat.isFile())
                continue;
            const real = await external_node_fs_.promises.realpath(absolute);
            if (!isInside(realWorkspace, real)) {
                throw new src/* ConfigurationError */.j1(`Input \`subject-path\`: ${shown(toPosix(entry))} is a link to a file outside the workspace; attest files inside it.`);
            }
            matched += 1;
            files.add(absolute);
            if (files.size > max) {
                throw new src/* ConfigurationError */.j1(`Input \`subject-path\` matches more than ${max} files; an attestation may name at most ${max} subjects. Narrow the patterns, or attest an archive or a checksums file (subject-checksums) of the files.`);
            }
        }
        if (matched === 0) {
            throw new src/* ConfigurationError */.j1(`Input \`subject-path\`: the pattern ${shown(pattern)} matches no file in the workspace (${workspace}).`);
        }
    }
    const subjects = [];
    for (const file of [...files].sort()) {
        const name = sanitizeSubjectName(external_node_path_.basename(file), `Input \`subject-path\` (${toPosix(external_node_path_.relative(workspace, file))})`);
        subjects.push({ name, digest: { sha256: await (0,digest/* sha256File */.Q3)(file) } });
    }
    return subjects;
}
function isInside(base, candidate) {
    const relative = external_node_path_.relative(base, candidate);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_.isAbsolute(relative));
}
/**
 * All subjects from every source in order, the same name + digest listed once,
 * at most `max` (1024) of them. Two different names for one digest, or one name
 * with two digests, are both kept: each is a distinct claim.
 */
function mergeSubjects(lists, max = MAX_SUBJECTS) {
    const seen = new Set();
    const merged = [];
    for (const list of lists) {
        for (const subject of list) {
            const key = `${subject.digest.sha256}\u0000${subject.name}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            merged.push({ name: subject.name, digest: { sha256: subject.digest.sha256 } });
        }
    }
    if (merged.length === 0)
        throw new src/* ConfigurationError */.j1('No subject to attest: set subject-image, subject-path, subject-checksums or subject-digest.');
    if (merged.length > max) {
        throw new src/* ConfigurationError */.j1(`${merged.length} subjects were given; an attestation may name at most ${max} (GitHub's limit). Split the attestation, or attest a checksums file or an archive of the files.`);
    }
    return merged;
}

// EXTERNAL MODULE: ./packages/vocabulary/src/json.ts
var json = __nccwpck_require__(9522);
;// CONCATENATED MODULE: ./packages/vocabulary/src/in-toto.ts
/** in-toto statement and DSSE envelope types (https://github.com/in-toto/attestation/tree/main/spec). */
/** The statement type every attestation the suite writes carries. */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The older statement type, still written by some tools and accepted when verifying. */
const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
/** Statement types a verifier accepts. */
const IN_TOTO_STATEMENT_TYPES = new Set([IN_TOTO_STATEMENT_V1, IN_TOTO_STATEMENT_V01]);
/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

;// CONCATENATED MODULE: ./packages/attestation/src/statement.ts




/**
 * in-toto Statement v1 (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md):
 * built here, validated before anything is signed, and serialized the same
 * way every time.
 */

/**
 * An absolute URI (RFC 3986: a scheme, then something): what in-toto asks of
 * a predicate type. No whitespace or control characters; at most 2048 characters.
 */
function isAbsoluteUri(value) {
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    if (value.length === 0 || value.length > 2048 || /[\s\u0000-\u001F\u007F-\u009F]/.test(value))
        return false;
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:./.test(value))
        return false;
    try {
        new URL(value);
        return true;
    }
    catch {
        return false;
    }
}
/** Validates a predicate type URI; `what` names where it came from. */
function validatePredicateType(value, what) {
    if (!isAbsoluteUri(value)) {
        throw new src/* ConfigurationError */.j1(`${what}: the predicate type must be an absolute URI such as https://example.com/my-predicate/v1; got ${shown(value)}.`);
    }
    return value;
}
/** Every problem with `value` as an in-toto Statement v1 ([] when it is one). */
function statementProblems(value) {
    if (!(0,json/* isObject */.G)(value))
        return ['the statement is not a JSON object'];
    const problems = [];
    if (value._type !== IN_TOTO_STATEMENT_V1)
        problems.push(`_type must be ${IN_TOTO_STATEMENT_V1}, got ${shown(String(value._type))}`);
    if (!Array.isArray(value.subject) || value.subject.length === 0) {
        problems.push('subject must be a non-empty list');
    }
    else {
        if (value.subject.length > MAX_SUBJECTS)
            problems.push(`subject lists ${value.subject.length} entries; at most ${MAX_SUBJECTS} are accepted`);
        value.subject.forEach((subject, index) => {
            if (!(0,json/* isObject */.G)(subject)) {
                problems.push(`subject[${index}] is not an object`);
                return;
            }
            if (typeof subject.name !== 'string' || subject.name === '')
                problems.push(`subject[${index}].name must be a non-empty string`);
            if (!(0,json/* isObject */.G)(subject.digest) || Object.keys(subject.digest).length === 0) {
                problems.push(`subject[${index}].digest must name at least one digest`);
            }
            else if (typeof subject.digest.sha256 !== 'string' || !digest/* SHA256_DIGEST */.fu.test(`sha256:${subject.digest.sha256}`)) {
                problems.push(`subject[${index}].digest.sha256 must be 64 lower-case hex characters`);
            }
        });
    }
    if (typeof value.predicateType !== 'string' || !isAbsoluteUri(value.predicateType)) {
        problems.push(`predicateType must be an absolute URI, got ${shown(String(value.predicateType))}`);
    }
    if (!(0,json/* isObject */.G)(value.predicate))
        problems.push('predicate must be a JSON object');
    return problems;
}
/** Throws a ConfigurationError listing every problem when `value` is not a valid Statement v1. */
function assertValidStatement(value) {
    const problems = statementProblems(value);
    if (problems.length > 0) {
        throw new src/* ConfigurationError */.j1(`The in-toto statement is not valid, nothing was signed: ${problems.join('; ')}.`);
    }
}
/** Builds and validates a Statement v1; subjects and predicate are copied. */
function buildStatement(subjects, predicateType, predicate) {
    const statement = {
        _type: IN_TOTO_STATEMENT_V1,
        subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.digest.sha256 } })),
        predicateType,
        predicate,
    };
    assertValidStatement(statement);
    return statement;
}
/**
 * The statement's bytes as signed: compact JSON with the members in the
 * order GitHub's attestations use (_type, subject, predicateType, predicate;
 * name then digest in each subject). The predicate keeps its own member
 * order (built by code, or as the document listed them), so the same inputs
 * always give the same bytes.
 */
function serializeStatement(statement) {
    assertValidStatement(statement);
    return JSON.stringify({
        _type: statement._type,
        subject: statement.subject.map((s) => ({ name: s.name, digest: { sha256: s.digest.sha256 } })),
        predicateType: statement.predicateType,
        predicate: statement.predicate,
    });
}

;// CONCATENATED MODULE: ./packages/vocabulary/src/predicate-types.ts
/**
 * The one table of predicate types and the short names the inputs accept for
 * them (provenance writes them, verify requires them, the admission exports
 * name them; docs/architecture/signing-and-verification.md).
 */
const predicate_types_SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** CycloneDX's predicate type carries no version; tools that add one (…/bom/v1.5) still mean CycloneDX. */
const CYCLONEDX_BOM = 'https://cyclonedx.org/bom';
/** SPDX predicate types carry the document's version: https://spdx.dev/Document/v2.3. */
const SPDX_DOCUMENT_PREFIX = 'https://spdx.dev/Document';
const COSIGN_VULN_V1 = 'https://cosign.sigstore.dev/attestation/vuln/v1';
/** cosign v3 `cosign sign` with the bundle format: an in-toto statement with this predicate type. */
const COSIGN_SIGN_V1 = 'https://sigstore.dev/cosign/sign/v1';
/** Short name → predicate type URI. */
const PREDICATE_TYPES = {
    slsaprovenance1: predicate_types_SLSA_PROVENANCE_V1,
    cyclonedx: CYCLONEDX_BOM,
    spdxjson: SPDX_DOCUMENT_PREFIX,
    vuln: COSIGN_VULN_V1,
};
/** The URI for a short name (case-insensitive), or undefined. */
function predicateTypeForName(name) {
    const key = name.toLowerCase();
    return Object.hasOwn(PREDICATE_TYPES, key) ? PREDICATE_TYPES[key] : undefined;
}
const VERSIONED = new Map([
    [SPDX_DOCUMENT_PREFIX, /^https:\/\/spdx\.dev\/Document(\/v\d+(\.\d+)*)?$/],
    [CYCLONEDX_BOM, /^https:\/\/cyclonedx\.org\/bom(\/v\d+(\.\d+)*)?$/],
]);
/**
 * Whether a statement's predicate type satisfies an expected one (a short name
 * or a URI): exact, except that SPDX and CycloneDX accept a versioned type
 * (https://spdx.dev/Document/v2.3, https://cyclonedx.org/bom/v1.5).
 */
function predicateTypeMatches(expected, actual) {
    if (!actual)
        return false;
    const uri = predicateTypeForName(expected) ?? expected;
    if (actual === uri)
        return true;
    return VERSIONED.get(uri)?.test(actual) ?? false;
}
/** The short name of a predicate type URI, when it has one. */
function predicateTypeName(uri) {
    for (const [name, value] of Object.entries(PREDICATE_TYPES)) {
        if (predicateTypeMatches(value, uri))
            return name;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/attestation/src/predicate-types.ts
/**
 * Predicate types, from the one table in @scs/vocabulary (shared with verify
 * and the admission exports); re-exported under the names attestation code uses.
 */


;// CONCATENATED MODULE: ./packages/attestation/src/predicate-file.ts



/**
 * Reads a JSON document that becomes (or feeds) a predicate: refuses a file
 * over 16 MiB before reading it, text that is not UTF-8 JSON, and anything
 * but an object. `what` names the input in every error.
 */
async function readJsonObjectFile(file, what, maxBytes = MAX_PREDICATE_BYTES) {
    let size;
    try {
        const stat = await external_node_fs_.promises.stat(file);
        if (!stat.isFile())
            throw new src/* ConfigurationError */.j1(`${what}: '${file}' is not a file.`);
        size = stat.size;
    }
    catch (error) {
        if (error instanceof src/* ConfigurationError */.j1)
            throw error;
        throw new src/* ConfigurationError */.j1(`${what}: '${file}' cannot be read (${error.code ?? 'error'}).`);
    }
    if (size > maxBytes) {
        throw tooLarge(what, size, maxBytes);
    }
    const buffer = await external_node_fs_.promises.readFile(file);
    if (buffer.length > maxBytes) {
        throw tooLarge(what, buffer.length, maxBytes);
    }
    return { value: parseJsonObject(buffer, what), bytes: buffer.length };
}
/** Parses JSON text (UTF-8, optional BOM) that must be an object. */
function parseJsonObject(input, what) {
    let text;
    if (typeof input === 'string')
        text = input;
    else {
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(input);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`${what} is not UTF-8 text; a predicate must be a JSON document.`);
        }
    }
    let value;
    try {
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        const head = text.replace(/^\uFEFF/, '').trimStart();
        const hint = head.startsWith('<')
            ? ' (it looks like XML)'
            : /^SPDXVersion:/m.test(head.slice(0, 4096))
                ? ' (it looks like an SPDX tag-value document)'
                : '';
        throw new src/* ConfigurationError */.j1(`${what} is not valid JSON${hint}: ${error.message.slice(0, 200)}.`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new src/* ConfigurationError */.j1(`${what} must be a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}.`);
    }
    return value;
}
function tooLarge(what, size, maxBytes) {
    return new src/* ConfigurationError */.j1(`${what} is ${size.toLocaleString('en-US')} bytes; a predicate may be at most ${formatBytes(maxBytes)} (${maxBytes.toLocaleString('en-US')} bytes), GitHub's limit.`);
}

;// CONCATENATED MODULE: ./packages/attestation/src/slsa-provenance.ts


/**
 * SLSA v1 build provenance in exactly the shape of GitHub's own artifact
 * attestations (actions/attest-build-provenance, through @actions/attest's
 * `buildSLSAProvenancePredicate`), built from the claims of the job's
 * GitHub OIDC token after its signature was verified:
 *
 *   buildDefinition.buildType           https://actions.github.io/buildtypes/workflow/v1
 *   externalParameters.workflow         {ref, repository, path} from workflow_ref
 *   internalParameters.github           {event_name, repository_id, repository_owner_id, runner_environment}
 *   resolvedDependencies                [{uri: git+<server>/<repo>@<ref>, digest: {gitCommit: sha}}]
 *   runDetails.builder.id               <server>/<job_workflow_ref>
 *   runDetails.metadata.invocationId    <server>/<repo>/actions/runs/<run_id>/attempts/<run_attempt>
 *
 * Member order is GitHub's, so the serialized statement is byte-identical to
 * one GitHub would write for the same run (tested against real attestations).
 */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** The OIDC claims the predicate is built from (all strings, as GitHub issues them). */
const PROVENANCE_CLAIMS = [
    'iss',
    'repository',
    'repository_id',
    'repository_owner_id',
    'ref',
    'sha',
    'event_name',
    'workflow_ref',
    'job_workflow_ref',
    'runner_environment',
    'run_id',
    'run_attempt',
];
/**
 * The claims needed for provenance, taken from a verified token's payload.
 * Numbers are accepted and turned into strings (GitHub sends strings); a
 * missing or empty claim is an error naming it.
 */
function provenanceClaims(payload) {
    const missing = [];
    const claims = {};
    for (const name of PROVENANCE_CLAIMS) {
        const value = payload[name];
        if (typeof value === 'string' && value !== '')
            claims[name] = value;
        else if (typeof value === 'number' && Number.isFinite(value))
            claims[name] = String(value);
        else
            missing.push(name);
    }
    if (missing.length > 0) {
        throw new src/* ConfigurationError */.j1(`The GitHub OIDC token lacks the claim(s) ${missing.join(', ')} that SLSA provenance is built from; is this token from a GitHub Actions job?`);
    }
    return claims;
}
/**
 * GitHub's OIDC issuer for a server URL: https://token.actions.githubusercontent.com
 * for github.com, https://token.actions.<tenant>.ghe.com for GHE.com tenants.
 * Undefined for GitHub Enterprise Server, whose issuer must be given
 * (https://HOST/_services/token).
 */
function defaultOidcIssuer(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).hostname.toLowerCase();
    }
    catch {
        return undefined;
    }
    if (host === 'github.com')
        return 'https://token.actions.githubusercontent.com';
    const tenant = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.ghe\.com$/.exec(host)?.[1];
    if (tenant)
        return `https://token.actions.${tenant}.ghe.com`;
    return undefined;
}
function isLoopbackHost(host) {
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
/**
 * The GitHub server a verified OIDC token comes from, derived from its `iss`
 * claim — never from GITHUB_SERVER_URL, which an earlier step can rewrite
 * through GITHUB_ENV:
 *
 *   https://token.actions.githubusercontent.com[/<enterprise>]  https://github.com
 *   https://token.actions.<tenant>.ghe.com                      https://<tenant>.ghe.com
 *   https://<host>/_services/token                              https://<host> (GitHub Enterprise Server)
 *
 * A loopback issuer (http://127.0.0.1:PORT, the test suite's fake GitHub
 * issuer; a runner's token never comes from one and no public Fulcio accepts
 * it) stands for github.com. Any other issuer is refused: the predicate's
 * URLs would be guesses.
 */
function githubServerUrlFromIssuer(iss) {
    let url;
    try {
        url = new URL(iss);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`The OIDC token's issuer '${iss.slice(0, 200)}' is not a URL; provenance is built from the token's claims only.`);
    }
    const host = url.hostname.toLowerCase();
    if (url.protocol === 'http:' || url.protocol === 'https:') {
        if (isLoopbackHost(host) && !url.username && !url.password)
            return 'https://github.com';
    }
    if (url.protocol === 'https:' && !url.username && !url.password && !url.search && !url.hash) {
        if (host === 'token.actions.githubusercontent.com' && /^(\/[A-Za-z0-9_.-]{1,100})?\/?$/.test(url.pathname))
            return 'https://github.com';
        const tenant = /^token\.actions\.([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.ghe\.com$/.exec(host)?.[1];
        if (tenant && /^\/?$/.test(url.pathname))
            return `https://${tenant}.ghe.com`;
        if (url.pathname.replace(/\/+$/, '') === '/_services/token')
            return `https://${url.host.toLowerCase()}`;
    }
    throw new src/* ConfigurationError */.j1(`The OIDC token's issuer '${iss.slice(0, 200)}' is not a GitHub Actions issuer (token.actions.githubusercontent.com, token.actions.<tenant>.ghe.com or https://<GHES host>/_services/token): the GitHub server its claims belong to is unknown.`);
}
/** Splits workflow_ref (`owner/repo/.github/workflows/ci.yml@refs/heads/main`) into path and ref. */
function splitWorkflowRef(workflowRef, repository) {
    const prefix = `${repository}/`;
    const rest = workflowRef.startsWith(prefix) ? workflowRef.slice(prefix.length) : workflowRef;
    const at = rest.indexOf('@');
    if (at === -1) {
        throw new src/* ConfigurationError */.j1(`The OIDC claim workflow_ref has no '@<ref>': '${workflowRef.slice(0, 200)}'.`);
    }
    // A ref may itself contain '@' (tags such as pkg@1.2.3): everything after the first '@' is the ref.
    return { path: rest.slice(0, at), ref: rest.slice(at + 1) };
}
const MAX_EXTERNAL_INPUTS_BYTES = 65_536;
const MAX_EXTERNAL_INPUTS = 100;
/**
 * Parses the JSON object of external inputs (`${{ toJSON(inputs) }}` of a
 * reusable workflow): flat, at most 100 names of up to 100 characters, values
 * that are strings, numbers, booleans or null, at most 64 KiB in all. Anything
 * else is refused with `what` named (never recorded half).
 */
function parseExternalInputs(text, what) {
    if (Buffer.byteLength(text, 'utf8') > MAX_EXTERNAL_INPUTS_BYTES) {
        throw new src/* ConfigurationError */.j1(`${what} is larger than ${MAX_EXTERNAL_INPUTS_BYTES} bytes.`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`${what} is not JSON: give a JSON object such as \${{ toJSON(inputs) }}.`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new src/* ConfigurationError */.j1(`${what} must be a JSON object of names to strings, numbers, booleans or null.`);
    }
    const entries = Object.entries(value);
    if (entries.length > MAX_EXTERNAL_INPUTS)
        throw new src/* ConfigurationError */.j1(`${what} has ${entries.length} names; at most ${MAX_EXTERNAL_INPUTS} are recorded.`);
    const out = {};
    for (const [name, v] of entries) {
        if (!/^[A-Za-z0-9_.-]{1,100}$/.test(name)) {
            throw new src/* ConfigurationError */.j1(`${what}: the name '${name.slice(0, 40)}' is not 1-100 letters, digits, '_', '.' or '-'.`);
        }
        if (!(v === null ||
            typeof v === 'string' ||
            typeof v === 'boolean' ||
            (typeof v === 'number' && Number.isFinite(v)))) {
            throw new src/* ConfigurationError */.j1(`${what}: '${name}' is not a string, number, boolean or null (nested values are not recorded).`);
        }
        out[name] = v;
    }
    return out;
}
function buildSlsaProvenancePredicate(claims, serverUrl, externalInputs) {
    const server = serverUrl.replace(/\/+$/, '');
    const workflow = splitWorkflowRef(claims.workflow_ref, claims.repository);
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: {
                    ref: workflow.ref,
                    repository: `${server}/${claims.repository}`,
                    path: workflow.path,
                },
                ...(externalInputs ? { inputs: externalInputs } : {}),
            },
            internalParameters: {
                github: {
                    event_name: claims.event_name,
                    repository_id: claims.repository_id,
                    repository_owner_id: claims.repository_owner_id,
                    runner_environment: claims.runner_environment,
                },
            },
            resolvedDependencies: [
                {
                    uri: `git+${server}/${claims.repository}@${claims.ref}`,
                    digest: { gitCommit: claims.sha },
                },
            ],
        },
        runDetails: {
            builder: { id: `${server}/${claims.job_workflow_ref}` },
            metadata: {
                invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
            },
        },
    };
}
const SLSA_PREDICATE_TYPE = (/* unused pure expression or super */ null && (SLSA_PROVENANCE_V1));

;// CONCATENATED MODULE: ./packages/attestation/src/sbom-predicate.ts




function describe(doc) {
    if ('artifacts' in doc && 'source' in doc && 'descriptor' in doc)
        return 'a Syft JSON document (use -o cyclonedx-json or -o spdx-json)';
    if ('SchemaVersion' in doc || 'Results' in doc)
        return 'a Trivy report';
    if ('matches' in doc)
        return 'a Grype report';
    if ('runs' in doc && 'version' in doc)
        return 'a SARIF log';
    return 'not an SBOM';
}
function sbomPredicateFrom(doc, what = 'Input `sbom-path`') {
    if (doc.bomFormat === 'CycloneDX') {
        const version = typeof doc.specVersion === 'string' ? doc.specVersion : '';
        if (!/^1\.\d+$/.test(version)) {
            throw new src/* ConfigurationError */.j1(`${what}: the CycloneDX document has specVersion ${shown(String(doc.specVersion))}; expected 1.x.`);
        }
        return { format: 'cyclonedx', version, predicateType: CYCLONEDX_BOM, predicate: doc };
    }
    if (typeof doc.spdxVersion === 'string') {
        const match = /^SPDX-(\d+\.\d+)$/.exec(doc.spdxVersion);
        if (!match?.[1]) {
            throw new src/* ConfigurationError */.j1(`${what}: the SPDX document has spdxVersion ${shown(doc.spdxVersion)}; expected SPDX-<major>.<minor> such as SPDX-2.3.`);
        }
        if (typeof doc.SPDXID !== 'string')
            throw new src/* ConfigurationError */.j1(`${what}: the SPDX document has no SPDXID.`);
        return { format: 'spdx', version: match[1], predicateType: `${SPDX_DOCUMENT_PREFIX}/v${match[1]}`, predicate: doc };
    }
    if ('bomFormat' in doc) {
        throw new src/* ConfigurationError */.j1(`${what}: bomFormat is ${shown(String(doc.bomFormat))}; only CycloneDX JSON and SPDX JSON documents can be attested.`);
    }
    throw new src/* ConfigurationError */.j1(`${what} is ${describe(doc)}: expected a CycloneDX JSON or SPDX JSON SBOM.`);
}
async function sbomPredicateFromFile(file, what = 'Input `sbom-path`') {
    const { value } = await readJsonObjectFile(file, what);
    return sbomPredicateFrom(value, what);
}

;// CONCATENATED MODULE: ./packages/attestation/src/vuln-predicate.ts



function str(value) {
    return typeof value === 'string' ? value : '';
}
/** The problems that stop cosign from decoding a CosignVulnPredicate ([] when none). */
function cosignVulnProblems(value) {
    const problems = [];
    const invocation = value.invocation;
    const scanner = value.scanner;
    const metadata = value.metadata;
    if (!(0,json/* isObject */.G)(invocation))
        problems.push('invocation is not an object');
    if (!(0,json/* isObject */.G)(scanner))
        problems.push('scanner is not an object');
    else {
        for (const key of ['uri', 'version'])
            if (scanner[key] !== undefined && typeof scanner[key] !== 'string')
                problems.push(`scanner.${key} is not a string`);
        if (!('result' in scanner))
            problems.push('scanner.result is missing');
        if (scanner.db !== undefined && !(0,json/* isObject */.G)(scanner.db))
            problems.push('scanner.db is not an object');
    }
    if (!(0,json/* isObject */.G)(metadata))
        problems.push('metadata is not an object');
    else {
        for (const key of ['scanStartedOn', 'scanFinishedOn']) {
            const v = metadata[key];
            if (typeof v !== 'string' || Number.isNaN(Date.parse(v)))
                problems.push(`metadata.${key} is not an RFC 3339 time`);
        }
    }
    return problems;
}
const TRIVY_KEYS = ['SchemaVersion', 'Results', 'ArtifactName', 'ArtifactType'];
const GRYPE_KEYS = ['matches', 'ignoredMatches', 'descriptor'];
/**
 * Which scanner wrote a JSON report, from its top-level keys: Trivy
 * (SchemaVersion, Results, ArtifactName, ArtifactType) or Grype (matches,
 * ignoredMatches, descriptor). A report with keys of both is refused as
 * ambiguous — read one way it could hide what the other way shows — and one
 * with neither is unknown. The one detection for the vuln predicates this
 * suite writes (provenance) and reads (verify's gate and its exports).
 */
function scanReportFormat(doc) {
    const trivy = TRIVY_KEYS.filter((key) => key in doc);
    const grype = GRYPE_KEYS.filter((key) => key in doc);
    if (trivy.length > 0 && grype.length > 0) {
        return {
            problem: 'ambiguous',
            detail: `it has Trivy keys (${trivy.join(', ')}) and Grype keys (${grype.join(', ')}); refused as ambiguous`,
        };
    }
    if (trivy.length > 0)
        return { format: 'trivy' };
    if (grype.length > 0)
        return { format: 'grype' };
    return {
        problem: 'unknown',
        detail: `it has neither Trivy keys (${TRIVY_KEYS.join(', ')}) nor Grype keys (${GRYPE_KEYS.join(', ')})`,
    };
}
function looksLikeCosignVuln(doc) {
    return (0,json/* isObject */.G)(doc.scanner) && 'result' in doc.scanner && 'metadata' in doc;
}
function reportTime(doc, source) {
    const raw = source === 'trivy' ? doc.CreatedAt : (0,json/* isObject */.G)(doc.descriptor) ? doc.descriptor.timestamp : undefined;
    if (typeof raw !== 'string')
        return undefined;
    const time = new Date(raw);
    return Number.isNaN(time.getTime()) ? undefined : time;
}
/** The predicate for an already-parsed document (see the module comment). */
async function vulnPredicateFrom(doc, options = {}) {
    const what = options.what ?? 'Input `scan-report`';
    let document = doc;
    if (IN_TOTO_STATEMENT_TYPES.has(str(document._type))) {
        if (document.predicateType !== COSIGN_VULN_V1 || !(0,json/* isObject */.G)(document.predicate)) {
            throw new src/* ConfigurationError */.j1(`${what} is an in-toto statement with predicate type '${str(document.predicateType).slice(0, 200)}', not ${COSIGN_VULN_V1}.`);
        }
        document = document.predicate;
    }
    if (looksLikeCosignVuln(document)) {
        const problems = cosignVulnProblems(document);
        if (problems.length > 0)
            throw new src/* ConfigurationError */.j1(`${what} looks like a cosign vuln predicate but ${problems.join('; ')}.`);
        const scanner = document.scanner;
        return {
            predicateType: COSIGN_VULN_V1,
            predicate: document,
            source: 'cosign-vuln',
            scanner: { uri: str(scanner.uri), version: str(scanner.version) },
        };
    }
    const detected = scanReportFormat(document);
    if ('problem' in detected && detected.problem === 'ambiguous') {
        throw new src/* ConfigurationError */.j1(`${what} cannot be read as one scan report: ${detected.detail}. Pass the scanner's own JSON report unchanged.`);
    }
    let source;
    if ('format' in detected)
        source = detected.format;
    else {
        const hint = 'bomFormat' in document || 'spdxVersion' in document
            ? ' (this is an SBOM: use predicate: sbom)'
            : 'runs' in document
                ? ' (SARIF is not accepted: use the JSON report)'
                : '';
        throw new src/* ConfigurationError */.j1(`${what} is not a scan report${hint}: expected the scan action's cosign-vuln predicate, a Trivy JSON report or a Grype JSON report.`);
    }
    // @scs/findings is loaded only here: the other predicates do not need the parsers (a smaller action bundle).
    const { parseGrypeReport, parseTrivyReport, renderCosignVulnPredicate } = await __nccwpck_require__.e(/* import() */ 958).then(__nccwpck_require__.bind(__nccwpck_require__, 1958));
    const text = JSON.stringify(document);
    let report;
    try {
        report = source === 'trivy' ? parseTrivyReport(text, { source: what }) : parseGrypeReport(text, { source: what });
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`${what} cannot be read as a ${source === 'trivy' ? 'Trivy' : 'Grype'} report: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    const time = reportTime(document, source) ?? (options.now ?? (() => new Date()))();
    const rendered = renderCosignVulnPredicate(report, {
        rawReport: document,
        scanStartedOn: time,
        scanFinishedOn: time,
        ...(options.context ? { context: options.context } : {}),
        ...(options.workflowRef ? { workflowRef: options.workflowRef } : {}),
    });
    const predicate = rendered.predicate;
    return {
        predicateType: COSIGN_VULN_V1,
        predicate: predicate,
        source,
        scanner: { uri: predicate.scanner.uri, version: predicate.scanner.version },
    };
}
async function vulnPredicateFromFile(file, options = {}) {
    const what = options.what ?? 'Input `scan-report`';
    const { value } = await readJsonObjectFile(file, what);
    return vulnPredicateFrom(value, { ...options, what });
}

;// CONCATENATED MODULE: ./packages/attestation/src/custom-predicate.ts


/** `predicate-type` (an absolute URI) + `predicate-path` (a JSON object of at most 16 MiB). */
async function customPredicateFromFile(predicateType, file) {
    const type = validatePredicateType(predicateType, 'Input `predicate-type`');
    const { value } = await readJsonObjectFile(file, 'Input `predicate-path`');
    return { predicateType: type, predicate: value };
}

;// CONCATENATED MODULE: ./packages/attestation/src/index.ts












/***/ }),

/***/ 2104:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   C_: () => (/* binding */ canonicalDescriptor),
/* harmony export */   Ib: () => (/* binding */ SIGSTORE_BUNDLE_MEDIA_TYPE),
/* harmony export */   Jt: () => (/* binding */ serializeIndex),
/* harmony export */   Ke: () => (/* binding */ parseOciManifest),
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   dh: () => (/* binding */ EMPTY_CONFIG_DESCRIPTOR),
/* harmony export */   kJ: () => (/* binding */ INDEX_ACCEPT),
/* harmony export */   pA: () => (/* binding */ EMPTY_CONFIG_BYTES),
/* harmony export */   ri: () => (/* binding */ parseOciIndex),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   vQ: () => (/* binding */ OCI_MEDIA_TYPES)
/* harmony export */ });
/* unused harmony export parseDescriptor */
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4644);
/* harmony import */ var _scs_vocabulary__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(876);
/* harmony import */ var _scs_vocabulary__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9522);
/**
 * OCI manifest and index types, their media types, strict parsers for what a
 * registry sends, and a deterministic serialiser for what we push (fixed key
 * order, annotations sorted by key), so the same content always has the same
 * digest.
 */


const OCI_MEDIA_TYPES = {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    index: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    /** The empty descriptor's media type (image-spec 1.1): a 2-byte `{}` blob. */
    empty: 'application/vnd.oci.empty.v1+json',
    imageConfig: 'application/vnd.oci.image.config.v1+json',
};
/** The Sigstore bundle v0.3 media type: a bundle referrer's artifactType and layer media type. */
const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The empty JSON object `{}` every OCI 1.1 artifact without a config points at. */
const EMPTY_CONFIG_BYTES = Buffer.from('{}');
const EMPTY_CONFIG_DESCRIPTOR = Object.freeze({
    mediaType: OCI_MEDIA_TYPES.empty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
});
/** Single manifests first: what a client that wants one artifact asks for (indexes still accepted). */
const MANIFEST_ACCEPT = [
    OCI_MEDIA_TYPES.manifest,
    OCI_MEDIA_TYPES.dockerManifest,
    OCI_MEDIA_TYPES.index,
    OCI_MEDIA_TYPES.dockerManifestList,
].join(', ');
/** Only indexes: what the referrers API and the referrers tag schema serve. */
const INDEX_ACCEPT = OCI_MEDIA_TYPES.index;
const MAX_DESCRIPTOR_COUNT = 10_000;
function sha256Digest(data) {
    return `sha256:${(0,_scs_vocabulary__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(data)}`;
}
function isIndexMediaType(mediaType) {
    return mediaType === OCI_MEDIA_TYPES.index || mediaType === OCI_MEDIA_TYPES.dockerManifestList;
}
function parseAnnotations(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (!(0,_scs_vocabulary__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(value))
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: annotations are not an object`);
    const out = {};
    for (const [key, entry] of Object.entries(value)) {
        if (typeof entry !== 'string')
            throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: annotation '${key.slice(0, 100)}' is not a string`);
        out[key] = entry;
    }
    return out;
}
function parsePlatform(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (!(0,_scs_vocabulary__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(value) || typeof value.architecture !== 'string' || typeof value.os !== 'string') {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: platform needs string architecture and os`);
    }
    return {
        architecture: value.architecture,
        os: value.os,
        ...(typeof value.variant === 'string' ? { variant: value.variant } : {}),
        ...(typeof value['os.version'] === 'string' ? { 'os.version': value['os.version'] } : {}),
    };
}
/** Validates one descriptor (mediaType, digest, size; optional artifactType, annotations, platform). */
function parseDescriptor(value, where) {
    if (!(0,_scs_vocabulary__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(value) ||
        typeof value.mediaType !== 'string' ||
        typeof value.digest !== 'string' ||
        typeof value.size !== 'number' ||
        !Number.isSafeInteger(value.size) ||
        value.size < 0) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where} is not a valid descriptor (mediaType, digest, size)`);
    }
    if (!/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(value.digest)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: '${value.digest.slice(0, 100)}' is not a digest`);
    }
    const annotations = parseAnnotations(value.annotations, where);
    const platform = parsePlatform(value.platform, where);
    return {
        mediaType: value.mediaType,
        digest: value.digest,
        size: value.size,
        ...(typeof value.artifactType === 'string' ? { artifactType: value.artifactType } : {}),
        ...(annotations ? { annotations } : {}),
        ...(platform ? { platform } : {}),
    };
}
function parseJsonObject(bytes, where) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: the manifest is not JSON`, { cause: error });
    }
    if (!(0,_scs_vocabulary__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(parsed))
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: the manifest is not a JSON object`);
    return parsed;
}
function declaredMediaType(parsed, contentType) {
    const declared = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    return { ...(declared ? { declared } : {}), mediaType: declared ?? (contentType ?? '').split(';')[0].trim() };
}
/**
 * A manifest or an index: the JSON object, its media type (an index where a
 * manifest is expected, or the reverse, is refused), schemaVersion 2, the
 * bounded descriptor list (layers or manifests), then the fields `body`
 * parses from them, between the shared leading and trailing fields.
 */
function parseDocument(bytes, contentType, where, kind, body) {
    const parsed = parseJsonObject(bytes, where);
    const { declared, mediaType } = declaredMediaType(parsed, contentType);
    if (kind === 'manifest' && (isIndexMediaType(mediaType) || Array.isArray(parsed.manifests))) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: is an image index, expected a single artifact manifest`);
    }
    if (kind === 'index' && (!Array.isArray(parsed.manifests) || (mediaType !== '' && !isIndexMediaType(mediaType)))) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: is not an image index (media type '${mediaType.slice(0, 100) || 'none'}')`);
    }
    const list = descriptorList(parsed, kind === 'manifest' ? 'layers' : 'manifests', kind, where);
    const annotations = parseAnnotations(parsed.annotations, `${where}: annotations`);
    const document = {
        schemaVersion: 2,
        ...(declared ? { mediaType: declared } : {}),
        ...(typeof parsed.artifactType === 'string' ? { artifactType: parsed.artifactType } : {}),
        ...body(parsed, list),
        ...(parsed.subject !== undefined ? { subject: parseDescriptor(parsed.subject, `${where}: subject`) } : {}),
        ...(annotations ? { annotations } : {}),
    };
    return { mediaType: mediaType || OCI_MEDIA_TYPES[kind], document };
}
/** The schemaVersion check and the bounded descriptor list of a manifest (layers) or an index (manifests). */
function descriptorList(parsed, field, kind, where) {
    if (parsed.schemaVersion !== 2)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: unsupported ${kind} schemaVersion ${String(parsed.schemaVersion)}`);
    const list = parsed[field];
    if (!Array.isArray(list))
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: the ${kind} has no ${field}`);
    if (list.length > MAX_DESCRIPTOR_COUNT)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${where}: more than ${MAX_DESCRIPTOR_COUNT} ${field}`);
    return list;
}
/** Parses a single-image manifest; an index is refused. */
function parseOciManifest(bytes, contentType, where) {
    const { mediaType, document } = parseDocument(bytes, contentType, where, 'manifest', (parsed, layers) => ({
        config: parseDescriptor(parsed.config, `${where}: config`),
        layers: layers.map((layer, i) => parseDescriptor(layer, `${where}: layers[${i}]`)),
    }));
    return { mediaType, manifest: document };
}
/** Parses an image index (OCI or Docker manifest list); a single manifest is refused. */
function parseOciIndex(bytes, contentType, where) {
    const { mediaType, document } = parseDocument(bytes, contentType, where, 'index', (_parsed, manifests) => ({
        manifests: manifests.map((entry, i) => parseDescriptor(entry, `${where}: manifests[${i}]`)),
    }));
    return { mediaType, index: document };
}
function sortedAnnotations(annotations) {
    const out = {};
    for (const key of Object.keys(annotations).sort())
        out[key] = annotations[key];
    return out;
}
/** A descriptor with its keys in the spec's order (mediaType, artifactType, digest, size, annotations, platform). */
function canonicalDescriptor(descriptor) {
    return {
        mediaType: descriptor.mediaType,
        ...(descriptor.artifactType !== undefined ? { artifactType: descriptor.artifactType } : {}),
        digest: descriptor.digest,
        size: descriptor.size,
        ...(descriptor.annotations && Object.keys(descriptor.annotations).length > 0
            ? { annotations: sortedAnnotations(descriptor.annotations) }
            : {}),
        ...(descriptor.platform ? { platform: { ...descriptor.platform } } : {}),
    };
}
/** The bytes we push for a manifest: compact JSON, keys in a fixed order, annotations sorted. */
function serializeManifest(manifest) {
    return Buffer.from(JSON.stringify({
        schemaVersion: manifest.schemaVersion,
        mediaType: manifest.mediaType ?? OCI_MEDIA_TYPES.manifest,
        ...(manifest.artifactType !== undefined ? { artifactType: manifest.artifactType } : {}),
        config: canonicalDescriptor(manifest.config),
        layers: manifest.layers.map(canonicalDescriptor),
        ...(manifest.subject ? { subject: canonicalDescriptor(manifest.subject) } : {}),
        ...(manifest.annotations && Object.keys(manifest.annotations).length > 0
            ? { annotations: sortedAnnotations(manifest.annotations) }
            : {}),
    }));
}
/** The bytes we push for an index (same rules as serializeManifest; entry order is kept). */
function serializeIndex(index) {
    return Buffer.from(JSON.stringify({
        schemaVersion: index.schemaVersion,
        mediaType: index.mediaType ?? OCI_MEDIA_TYPES.index,
        ...(index.artifactType !== undefined ? { artifactType: index.artifactType } : {}),
        manifests: index.manifests.map(canonicalDescriptor),
        ...(index.subject ? { subject: canonicalDescriptor(index.subject) } : {}),
        ...(index.annotations && Object.keys(index.annotations).length > 0
            ? { annotations: sortedAnnotations(index.annotations) }
            : {}),
    }));
}


/***/ }),

/***/ 5534:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ platformName),
/* harmony export */   Ss: () => (/* binding */ selectPlatformManifests),
/* harmony export */   o_: () => (/* binding */ parsePlatformSelector)
/* harmony export */ });
/* unused harmony exports MAX_PLATFORM_MANIFESTS, platformMatches, parsePlatformInput, MAX_PLATFORMS, platformSlug, platformTargets, platformImages */
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4644);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2104);



/**
 * At most this many platform manifests of one image index are attested or
 * verified in one step (an index from the registry is untrusted: each one
 * costs signing or registry round trips). Real indexes list a handful.
 */
const MAX_PLATFORM_MANIFESTS = 64;
const PART = '[a-z0-9][a-z0-9._-]{0,31}';
const SELECTOR = new RegExp(`^(${PART})/(${PART})(?:/(${PART}))?$`);
/**
 * Parses a `platform` input: `all`, or `os/arch[/variant]` (lower case, as
 * in an image index: linux/amd64, linux/arm64/v8, windows/amd64). `input`
 * names the input in the error.
 */
function parsePlatformSelector(input, value) {
    const text = value.trim().toLowerCase();
    if (text === 'all')
        return { all: true };
    const match = SELECTOR.exec(text);
    if (!match) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input \`${input}\` is \`all\` or os/arch[/variant] as an image index names it (e.g. linux/amd64, linux/arm64/v8); got '${value.slice(0, 80)}'.`);
    }
    return {
        all: false,
        os: match[1],
        architecture: match[2],
        ...(match[3] ? { variant: match[3] } : {}),
        text,
    };
}
/** os/arch[/variant] of a platform, as `docker --platform` writes it. */
function platformName(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/** Whether `platform` is what `selector` asks for (a selector without a variant matches any variant). */
function platformMatches(selector, platform) {
    if (selector.all)
        return true;
    return (platform.os === selector.os &&
        platform.architecture === selector.architecture &&
        (selector.variant === undefined || platform.variant === selector.variant));
}
/**
 * The platform manifests of a resolved image index that `selector` selects
 * (each digest once, in index order); [] for a single manifest. Refused: an
 * index that lists another index as a platform entry (one level only), an
 * index with more than MAX_PLATFORM_MANIFESTS platform manifests, an index
 * without any, and a selector that matches none. `label` names the image.
 */
function selectPlatformManifests(image, selector, label) {
    if (!image.isIndex)
        return [];
    const nested = image.platforms.find((entry) => (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(entry.mediaType));
    if (nested) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${label}: the index lists another index (${nested.digest}) for ${platformName(nested.platform)}; nested indexes are not followed (one level only).`);
    }
    if (image.platforms.length === 0) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${label} is an image index that lists no platform manifest.`);
    }
    if (image.platforms.length > MAX_PLATFORM_MANIFESTS) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${label}: the index lists ${image.platforms.length} platform manifests; at most ${MAX_PLATFORM_MANIFESTS} are handled in one step.`);
    }
    const seen = new Set();
    const chosen = image.platforms.filter((entry) => {
        if (!platformMatches(selector, entry.platform) || seen.has(entry.digest))
            return false;
        seen.add(entry.digest);
        return true;
    });
    if (chosen.length === 0 && !selector.all) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input \`platform\` is ${selector.text}, but ${label} has no such platform manifest; it has ${[...new Set(image.platforms.map((p) => platformName(p.platform)))].join(', ')}.`);
    }
    return chosen;
}
function parsePlatformInput(input, value) {
    if (value.trim() === '')
        return { kind: 'none' };
    const selector = parsePlatformSelector(input, value);
    if (selector.all)
        return { kind: 'all' };
    const { os, architecture, variant } = selector;
    return { kind: 'one', platform: { os, architecture, ...(variant ? { variant } : {}) } };
}
/** Most platform manifests scanned or described by `platform: all` (each is a full tool run). */
const MAX_PLATFORMS = 16;
/** A name safe in file names and SARIF categories: `linux-arm64-v8`. */
function platformSlug(platform) {
    return platformName(platform)
        .replace(/[^a-z0-9._-]+/gi, '-')
        .toLowerCase();
}
/**
 * The images `platform: all` covers: every platform manifest of an index (in
 * index order, at most `max`), or the image itself when it is not an index.
 * Refused (selectPlatformManifests): an empty index, a nested index, more
 * than MAX_PLATFORM_MANIFESTS; here also more than `max`, and one platform
 * listed twice (two reports under one name).
 */
function platformTargets(image, max = MAX_PLATFORMS) {
    if (!image.isIndex)
        return [{ digest: image.digest }];
    const manifests = selectPlatformManifests(image, { all: true }, `The image index ${image.digest}`);
    if (manifests.length > max) {
        throw new InfrastructureError(`The image index ${image.digest} lists ${manifests.length} platform manifests; at most ${max} are handled by platform: all. Name one platform instead.`);
    }
    const seen = new Set();
    return manifests.map((entry) => {
        const platform = platformName(entry.platform);
        if (seen.has(platform)) {
            throw new InfrastructureError(`The image index ${image.digest} lists platform ${platform} twice.`);
        }
        seen.add(platform);
        return { digest: entry.digest, platform, slug: platformSlug(entry.platform) };
    });
}
/**
 * `platform: all` for `image` as resolved: each platform manifest (or the
 * single image) by digest, and one line for the log saying what was found.
 */
function platformImages(image, resolved, max = MAX_PLATFORMS) {
    const ref = parseRegistryReference(image, { label: 'image' });
    const images = platformTargets(resolved, max).map((target) => ({
        ...target,
        image: referenceWithDigest(ref, target.digest).name,
    }));
    const message = resolved.isIndex
        ? `${image} is an image index (${resolved.digest}) of ${images.length} platform(s): ${images.map((i) => i.platform).join(', ')}; each is read by its digest.`
        : `${image} is a single-platform image (${resolved.digest}); platform: all takes that image.`;
    return { images, message };
}


/***/ }),

/***/ 6768:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   Sl: () => (/* binding */ SHA256_DIGEST_PATTERN),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   gY: () => (/* binding */ referenceWithDigest),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl),
/* harmony export */   qq: () => (/* binding */ parseRegistryReference),
/* harmony export */   zo: () => (/* binding */ legacyCosignTag)
/* harmony export */ });
/* unused harmony export referenceWithTag */
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4644);
/* harmony import */ var _scs_vocabulary__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(876);
/**
 * Image references: `registry/repository[:tag][@sha256:…]` parsed into what
 * the distribution API needs (API host, repository, tag or digest), with
 * docker's conventions: no registry host means Docker Hub (`library/` for
 * single names, served from registry-1.docker.io), and loopback registries
 * (127.0.0.0/8, localhost, [::1]) are spoken to over plain HTTP, every other
 * host over HTTPS.
 *
 * The syntax check itself is action-kit's `validateImageReference` (shared
 * with every action that takes an image); this module only splits a valid
 * reference. A bracketed IPv6 loopback host, which that pattern does not
 * know, is validated with `localhost` in its place.
 */


const SHA256_DIGEST_PATTERN = _scs_vocabulary__WEBPACK_IMPORTED_MODULE_1__/* .SHA256_DIGEST */ .fu;
const IPV6_LOOPBACK_HOST = /^\[::1\](:\d{1,5})?\//;
/**
 * Parses `host/repository[:tag][@sha256:…]`. A reference without a registry
 * host means Docker Hub (single names get `library/`), as docker does.
 * Throws a ConfigurationError naming `label` for anything else.
 */
function parseRegistryReference(value, options = {}) {
    const label = options.label ?? 'image';
    const trimmed = value.trim();
    if (trimmed === '')
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`\`${label}\` has an empty entry.`);
    let rest = trimmed;
    let ipv6Host;
    const ipv6 = IPV6_LOOPBACK_HOST.exec(trimmed);
    if (ipv6) {
        ipv6Host = trimmed.slice(0, ipv6[0].length - 1);
        (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .validateImageReference */ .XX)(label, `localhost${ipv6[1] ?? ''}/${trimmed.slice(ipv6[0].length)}`);
        rest = `localhost/${trimmed.slice(ipv6[0].length)}`;
    }
    else {
        (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .validateImageReference */ .XX)(label, trimmed);
    }
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    const hasHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    let registry = ipv6Host ?? (hasHost ? first.toLowerCase() : 'docker.io');
    let repository = hasHost ? rest.slice(slash + 1) : rest;
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = 'docker.io';
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    if (!tag && !digest)
        tag = options.defaultTag ?? 'latest';
    const apiHost = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    const written = ipv6Host ?? (hasHost ? first.toLowerCase() : registry);
    const name = `${written}/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
    return {
        registry,
        apiHost,
        repository,
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {}),
        reference: digest ?? tag,
        name,
    };
}
/** The same repository, addressed by `digest` (the tag is kept in `name` for messages only when asked). */
function referenceWithDigest(ref, digest) {
    if (!SHA256_DIGEST_PATTERN.test(digest)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`'${digest.slice(0, 80)}' is not a sha256 digest (sha256: followed by 64 lower-case hex characters).`);
    }
    return {
        registry: ref.registry,
        apiHost: ref.apiHost,
        repository: ref.repository,
        digest,
        reference: digest,
        name: `${repositoryName(ref)}@${digest}`,
    };
}
/** The same repository, addressed by `tag`. */
function referenceWithTag(ref, tag) {
    if (!/^[\w][\w.-]{0,127}$/.test(tag))
        throw new ConfigurationError(`'${tag.slice(0, 80)}' is not a valid tag.`);
    return {
        registry: ref.registry,
        apiHost: ref.apiHost,
        repository: ref.repository,
        tag,
        reference: tag,
        name: `${repositoryName(ref)}:${tag}`,
    };
}
/** `registry/repository` without tag or digest (what a signature's subject names). */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** True for hosts served over plain HTTP: loopback only (127.0.0.0/8, localhost, [::1]). */
function isLoopbackHost(hostWithPort) {
    const host = hostWithPort.startsWith('[')
        ? hostWithPort.slice(0, hostWithPort.indexOf(']') + 1)
        : hostWithPort.replace(/:\d+$/, '');
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/** `http://` for loopback registries, `https://` otherwise. */
function registryBaseUrl(apiHost) {
    return `${isLoopbackHost(apiHost) ? 'http' : 'https'}://${apiHost}`;
}
/**
 * The tag of the OCI referrers tag schema for a subject digest:
 * `sha256:<hex>` → `sha256-<hex>` (distribution spec 1.1, "Referrers Tag Schema").
 */
function referrersTag(subjectDigest) {
    if (!SHA256_DIGEST_PATTERN.test(subjectDigest)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`'${subjectDigest.slice(0, 80)}' is not a sha256 digest.`);
    }
    return subjectDigest.replace(':', '-');
}
/** cosign's legacy tags next to a subject: `sha256-<hex>.sig`, `.att`, `.sbom`. */
function legacyCosignTag(subjectDigest, kind) {
    return `${referrersTag(subjectDigest)}.${kind}`;
}


/***/ }),

/***/ 9864:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xX: () => (/* binding */ assertBundleSigns),
  Vd: () => (/* binding */ fileExpectation)
});

// UNUSED EXPORTS: bundleSignsProblem

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 17 modules
var src = __nccwpck_require__(4644);
// EXTERNAL MODULE: ./packages/signing/src/image-signature.ts
var image_signature = __nccwpck_require__(1593);
;// CONCATENATED MODULE: ./packages/signing/src/bundle-check.ts
/**
 * Does a bundle sign exactly what was asked for? Both engines run this on the
 * bundle they got back (from @sigstore/sign, or from a cosign binary we did
 * not build) BEFORE the bundle file is written and before anything is stored
 * in a registry: a bundle over something else must never be reported, kept on
 * disk or attached to an image.
 *
 * - DSSE (image signatures, attestations): the envelope's payload type is
 *   application/vnd.in-toto+json and the payload, parsed as JSON, deep-equals
 *   the requested statement (key order and whitespace aside: cosign's
 *   protojson whitespace is deliberately unstable, see image-signature.ts).
 * - Message signatures (files): the bundle's messageDigest is SHA2_256 and
 *   equals the sha256 of the file.
 *
 * The check is about content, not trust: the signature, certificate and log
 * entry are for verifiers (@sigstore/verify) to check.
 */




const clip = (text, max = 120) => (text.length > max ? `${text.slice(0, max)}…` : text);
/** The statement's subjects as `name@alg:hex` (or `alg:hex` without a name), for messages. */
function subjectsOf(statement) {
    const subjects = statement?.subject;
    if (!Array.isArray(subjects))
        return '(no subjects)';
    const described = subjects.map((subject) => {
        const digests = subject && typeof subject.digest === 'object' && subject.digest
            ? Object.entries(subject.digest).map(([alg, hex]) => `${alg}:${String(hex)}`)
            : [];
        const name = typeof subject?.name === 'string' ? `${subject.name}@` : '';
        return `${name}${digests.join(',') || '(no digest)'}`;
    });
    return clip(described.join(' '), 400);
}
function predicateTypeOf(statement) {
    const type = statement?.predicateType;
    return typeof type === 'string' ? clip(type) : '(none)';
}
/** What differs between the signed and the requested statement, in words. */
function statementDifference(signed, wanted) {
    const parts = [];
    const signedSubjects = subjectsOf(signed);
    const wantedSubjects = subjectsOf(wanted);
    if (signedSubjects !== wantedSubjects)
        parts.push(`it signs subject(s) ${signedSubjects}, not ${wantedSubjects}`);
    const signedType = predicateTypeOf(signed);
    const wantedType = predicateTypeOf(wanted);
    if (signedType !== wantedType)
        parts.push(`its predicate type is ${signedType}, not ${wantedType}`);
    if (parts.length === 0)
        parts.push('its subjects and predicate type match, but other fields of the statement (the predicate, _type or subject annotations) differ');
    return parts.join('; ');
}
/** Why `bundle` (bundle JSON) does not sign `expectation`, or undefined when it does. */
function bundleSignsProblem(bundle, expectation) {
    const json = (bundle ?? {});
    if (expectation.kind === 'statement') {
        const envelope = json.dsseEnvelope;
        if (!envelope || typeof envelope.payload !== 'string') {
            return json.messageSignature
                ? 'it holds a message signature, not a DSSE envelope over a statement'
                : 'it holds no DSSE envelope';
        }
        if (envelope.payloadType !== image_signature/* IN_TOTO_PAYLOAD_TYPE */.T4)
            return `its DSSE payload type is '${clip(String(envelope.payloadType))}', not ${image_signature/* IN_TOTO_PAYLOAD_TYPE */.T4}`;
        let signed;
        try {
            signed = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
        }
        catch {
            return 'its DSSE payload is not JSON';
        }
        return (0,external_node_util_namespaceObject.isDeepStrictEqual)(signed, expectation.statement)
            ? undefined
            : statementDifference(signed, expectation.statement);
    }
    const message = json.messageSignature;
    if (!message)
        return json.dsseEnvelope
            ? 'it holds a DSSE envelope, not a message signature over the file'
            : 'it holds no message signature';
    const algorithm = message.messageDigest?.algorithm;
    const digest = message.messageDigest?.digest;
    if (algorithm !== 'SHA2_256' || typeof digest !== 'string')
        return `its message digest is not a SHA2_256 digest (algorithm '${clip(String(algorithm))}')`;
    const hex = Buffer.from(digest, 'base64').toString('hex');
    return hex === expectation.sha256.toLowerCase()
        ? undefined
        : `it signs a message with sha256 ${hex}, not the file's sha256 ${expectation.sha256.toLowerCase()}`;
}
/**
 * Throws an InfrastructureError naming what differs when `bundle` does not
 * sign `expectation`. `what` names the operation (e.g. "cosign sign
 * registry/app@sha256:…"); the message says that nothing was written or
 * stored, which holds because callers run this first.
 */
function assertBundleSigns(bundle, expectation, what) {
    const problem = bundleSignsProblem(bundle, expectation);
    if (problem === undefined)
        return;
    throw new src/* InfrastructureError */.EN(`${what} returned a bundle that does not sign what was requested: ${problem}. The bundle was not written and nothing was stored in a registry; nothing is reported as signed.`);
}
/** The expectation for a file: a message signature over its sha256. */
function fileExpectation(data, file) {
    return { kind: 'message', sha256: (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex'), ...(file ? { file } : {}) };
}


/***/ }),

/***/ 4800:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   vN: () => (/* binding */ bundleInfo)
/* harmony export */ });
/* unused harmony exports OID_ISSUER_V2, OID_ISSUER_V1, fulcioExtensionValue, leafCertificate, parseBundleJson */
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4644);
/**
 * What a Sigstore bundle says about its signature: the Fulcio certificate's
 * identity (SAN) and OIDC issuer (extension 1.3.6.1.4.1.57264.1.8, or the
 * legacy 1.1), the transparency-log entry and the RFC 3161 timestamps.
 */



/** Reads a DER length at `offset`; returns [length, header bytes]. */
function derLength(bytes, offset) {
    const first = bytes[offset] ?? 0;
    if (first < 0x80)
        return [first, 1];
    const count = first & 0x7f;
    let length = 0;
    for (let i = 1; i <= count; i++)
        length = length * 256 + (bytes[offset + i] ?? 0);
    return [length, 1 + count];
}
/** The Fulcio certificate extensions that name the OIDC issuer: 1.8 (DER UTF8String) and the legacy 1.1 (raw bytes). */
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
/**
 * The string in a Fulcio extension: DER UTF8String for 1.8 and later, raw
 * bytes for the deprecated 1.1–1.6.
 */
function fulcioExtensionValue(cert, oid) {
    const ext = cert.extension(oid);
    if (!ext)
        return undefined;
    const value = ext.value;
    if (oid !== OID_ISSUER_V1 && value[0] === 0x0c) {
        const [length, header] = derLength(value, 1);
        return value.subarray(1 + header, 1 + header + length).toString('utf8');
    }
    return value.toString('utf8');
}
function leafCertificate(bundle) {
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'certificate')
        return _sigstore_core__WEBPACK_IMPORTED_MODULE_1__.X509Certificate.parse(Buffer.from(content.certificate.rawBytes));
    if (content.$case === 'x509CertificateChain') {
        const first = content.x509CertificateChain.certificates[0];
        return first ? _sigstore_core__WEBPACK_IMPORTED_MODULE_1__.X509Certificate.parse(Buffer.from(first.rawBytes)) : undefined;
    }
    return undefined;
}
function parseBundleJson(json) {
    try {
        return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleFromJSON)(json);
    }
    catch (error) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InfrastructureError */ .EN(`The Sigstore bundle is not valid: ${error.message}`, { cause: error });
    }
}
/** Who signed: the certificate's SAN and issuer (keyless), or the key's hint (keyed, `signer: 'key'`). */
function signerOf(bundle, signer) {
    const material = bundle.verificationMaterial.content;
    if (signer === 'key') {
        if (material.$case !== 'publicKey')
            throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InfrastructureError */ .EN('The Sigstore bundle carries a certificate, not the public-key hint of a keyed signature.');
        return { certificateIdentity: '', certificateIssuer: '', publicKeyHint: material.publicKey.hint };
    }
    const cert = leafCertificate(bundle);
    if (!cert)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InfrastructureError */ .EN('The Sigstore bundle has no signing certificate: a keyless signature always carries the Fulcio certificate.');
    const identity = cert.subjectAltName;
    if (!identity)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InfrastructureError */ .EN('The signing certificate has no subject alternative name.');
    const issuer = fulcioExtensionValue(cert, OID_ISSUER_V2) ?? fulcioExtensionValue(cert, OID_ISSUER_V1) ?? '';
    return { certificateIdentity: identity, certificateIssuer: issuer };
}
function bundleInfo(json, signer = 'certificate') {
    const bundle = parseBundleJson(json);
    const who = signerOf(bundle, signer);
    const entry = bundle.verificationMaterial.tlogEntries[0];
    const timestamps = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0;
    let predicateType;
    if (bundle.content.$case === 'dsseEnvelope') {
        try {
            const statement = JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8'));
            if (typeof statement.predicateType === 'string')
                predicateType = statement.predicateType;
        }
        catch {
            // not an in-toto statement: no predicate type
        }
    }
    return {
        mediaType: bundle.mediaType,
        ...who,
        ...(entry
            ? {
                tlog: {
                    logIndex: entry.logIndex,
                    logId: entry.logId ? entry.logId.keyId.toString('base64') : '',
                    integratedTime: entry.integratedTime,
                },
            }
            : {}),
        timestamps,
        content: bundle.content.$case === 'dsseEnvelope' ? 'dsse-envelope' : 'message-signature',
        ...(predicateType ? { predicateType } : {}),
    };
}


/***/ }),

/***/ 1593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   l6: () => (/* binding */ imageSignatureStatement),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1)
/* harmony export */ });
/* unused harmony export COSIGN_SIGN_PREDICATE_TYPE */
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4644);
/**
 * The statement a plain image signature signs, in the layout cosign v3
 * produces for `cosign sign` with the new bundle format.
 *
 * Source: sigstore/cosign, cmd/cosign/cli/sign/sign.go, `signDigestBundle`:
 *
 *   subject := intotov1.ResourceDescriptor{
 *       Digest:      map[string]string{digestParts[0]: digestParts[1]},
 *       Annotations: annoStruct,            // structpb.NewStruct(annotations)
 *   }
 *   statement := &intotov1.Statement{
 *       Type:          intotov1.StatementTypeUri,           // https://in-toto.io/Statement/v1
 *       Subject:       []*intotov1.ResourceDescriptor{&subject},
 *       PredicateType: types.CosignSignPredicateType,       // https://sigstore.dev/cosign/sign/v1
 *       Predicate:     &structpb.Struct{},
 *   }
 *   payload, err := protojson.Marshal(statement)
 *
 * So: the subject has NO `name` (only the digest), `annotations` is always
 * present (`{}` without `-a` annotations), the predicate is `{}`, and the
 * fields come in proto field order (_type, subject, predicateType,
 * predicate; a ResourceDescriptor's digest before annotations). The DSSE
 * payload type is application/vnd.in-toto+json, and the referrer manifest is
 * annotated with `dev.sigstore.bundle.content: dsse-envelope` and
 * `dev.sigstore.bundle.predicateType: https://sigstore.dev/cosign/sign/v1`.
 *
 * One caveat on "byte for byte": Go's protojson deliberately makes its
 * whitespace unstable (it may add a space after a separator, fixed per
 * binary build) so that nobody depends on it. We write the compact form;
 * verifiers parse the JSON (cosign compares predicateType and subject
 * digests), so the two are interchangeable.
 */

const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
const DIGEST = /^(sha256|sha512):([a-f0-9]+)$/;
/** The cosign v3 image-signature statement for `digest` (sha256:…), as bytes to sign. */
function imageSignatureStatement(digest, annotations = {}) {
    const match = DIGEST.exec(digest);
    if (!match ||
        (match[1] === 'sha256' && match[2].length !== 64) ||
        (match[1] === 'sha512' && match[2].length !== 128)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Cannot sign '${digest.slice(0, 100)}': not a sha256:/sha512: manifest digest.`);
    }
    // protojson emits a Struct's keys sorted.
    const sortedAnnotations = {};
    for (const key of Object.keys(annotations).sort())
        sortedAnnotations[key] = annotations[key];
    const statement = {
        _type: IN_TOTO_STATEMENT_V1,
        subject: [{ digest: { [match[1]]: match[2] }, annotations: sortedAnnotations }],
        predicateType: COSIGN_SIGN_PREDICATE_TYPE,
        predicate: {},
    };
    return Buffer.from(JSON.stringify(statement), 'utf8');
}


/***/ }),

/***/ 2569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  OH: () => (/* reexport */ SIGSTORE_AUDIENCE),
  M6: () => (/* reexport */ applyPublicLogPolicy),
  CH: () => (/* reexport */ engine_createSigningEngine),
  Yq: () => (/* reexport */ decodeClaims),
  rg: () => (/* reexport */ getKeylessServiceInputs),
  TK: () => (/* reexport */ getOutputDirInput),
  cE: () => (/* reexport */ keylessInstance),
  mN: () => (/* reexport */ openTokenSession),
  it: () => (/* reexport */ requireIdToken),
  dg: () => (/* reexport */ requireSecureServiceUrl),
  wN: () => (/* reexport */ retryFromEnv),
  Y0: () => (/* reexport */ verifyIdToken)
});

// UNUSED EXPORTS: BUNDLE_SUFFIX, COSIGN_KEY_VARIABLE, COSIGN_SIGN_PREDICATE_TYPE, CosignEngine, DEFAULT_SERVICE_RETRY, ENGINES, FORK_GATE_EXAMPLE, GITHUB_ACTIONS_ISSUER, GITHUB_INSTANCE, IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1, KEYED_INSTANCE_NAMES, KMS_CREDENTIAL_ENVIRONMENT, KMS_SCHEMES, MAX_FILES, MAX_PEM_BYTES, OID_ISSUER_V1, OID_ISSUER_V2, PUBLIC_GOOD_INSTANCE, SIGSTORE_INSTANCE_NAMES, assertBundleSigns, attestBlobArgs, backoffDelay, blobVerifyCommand, bundleFileFor, bundleInfo, bundleSignsProblem, cachedTokenSource, classifyCosignFailure, classifyHttpStatus, cosignEnv, cosignInstallOptions, cosignKeyRef, cosignRegistryAuth, defaultSignDeps, dockerConfigJson, enforcePublicLogPolicy, expandFiles, fileExpectation, fulcioExtensionValue, getIdToken, getPemSecret, getServiceInputs, getSigningTargetInputs, getTrustedRootInput, imageSignatureStatement, imageVerifyCommand, leafCertificate, loadPrivateKey, parseBundleJson, parseKmsUri, pemKeyFormat, prepareSigning, publicKeyOf, redactTokens, renderSignSummary, reportSigned, repositoryVisibility, resolveImagePlan, resolveKeyedInstance, resolveSigstoreInstance, serviceFailure, setSignOutputs, shellQuote, signAll, signBlobArgs, signImageArgs, signTargets, signedAt, signingConfig, signingRegistryClient, sigstoreFetchOptions, statusOf, storeBundle, tlogEntryUrl, tlogIndexFromStderr, validateStatement, withFailureSummary, writeBundleFile, writeSignSummary, writeSignedRunSummary

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 17 modules
var src = __nccwpck_require__(4644);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/oci/src/reference.ts
var reference = __nccwpck_require__(6768);
// EXTERNAL MODULE: ./packages/signing/src/bundle-check.ts + 1 modules
var bundle_check = __nccwpck_require__(9864);
// EXTERNAL MODULE: ./packages/signing/src/signing-key.ts
var signing_key = __nccwpck_require__(6830);
;// CONCATENATED MODULE: ./packages/signing/src/cosign-args.ts
/**
 * Pure builders for the cosign engine: argv arrays, the environment, the
 * signing config, and reading cosign's stderr.
 *
 * Flags, as documented for cosign v3 (doc/cosign_sign.md, cosign_sign-blob.md,
 * cosign_attest-blob.md in sigstore/cosign; v3.0.0 made --new-bundle-format
 * and --use-signing-config the defaults; v3.0.3 "Add --bundle and fix
 * --upload for new bundle"; v2.6.0 added `attest-blob --statement`):
 * - `sign --yes --new-bundle-format=true --upload=false --bundle FILE IMAGE@DIGEST`
 *   (--upload=false: the bundle is stored by us, through @scs/oci, so both
 *   engines store byte-identical referrers and registry credentials never
 *   reach cosign's argv);
 * - `sign-blob --yes --new-bundle-format=true --bundle FILE BLOB`;
 * - `attest-blob --yes --new-bundle-format=true --bundle FILE --statement FILE`
 *   for every statement, image attestations included: the statement is
 *   signed exactly as given (`cosign attest --predicate --type` would build
 *   its own statement around the predicate).
 * - service URLs: cosign v3 refuses --fulcio-url/--rekor-url/
 *   --timestamp-server-url together with a signing config ("cannot specify
 *   service URLs and use signing config"), so for custom instances we write a
 *   SigningConfig v0.2 file and pass --signing-config; public-good uses the
 *   TUF-distributed signing config (the default, --use-signing-config).
 *   `--trusted-root FILE` lets cosign verify the result after signing.
 * - `--allow-http-registry` only for loopback registries (plain HTTP).
 * - `--` ends the options: a path or reference is never read as a flag.
 *
 * The OIDC token goes through SIGSTORE_ID_TOKEN in cosign's environment
 * (pkg/cosign/env: VariableSigstoreIDToken), never argv; the runner's
 * ACTIONS_ID_TOKEN_REQUEST_* variables are removed so cosign's github-actions
 * provider cannot fetch a token of its own. TUF_ROOT is private per
 * invocation: parallel cosign processes sharing ~/.sigstore fail with
 * "creating cached local store: resource temporarily unavailable"
 * (sigstore/fulcio#751, sigstore/fulcio#1623).
 */


function serviceArgs(options) {
    const args = [];
    if (options.keyRef)
        args.push('--key', options.keyRef);
    if (options.signingConfigPath)
        args.push('--signing-config', options.signingConfigPath);
    if (options.trustedRootPath)
        args.push('--trusted-root', options.trustedRootPath);
    return args;
}
function signImageArgs(options) {
    if (!/@sha256:[a-f0-9]{64}$/.test(options.imageByDigest)) {
        throw new Error(`cosign sign needs an image by digest, got '${options.imageByDigest.slice(0, 200)}'`);
    }
    return [
        'sign',
        '--yes',
        '--new-bundle-format=true',
        '--upload=false',
        '--bundle',
        options.bundlePath,
        ...serviceArgs(options),
        ...(options.allowHttpRegistry ? ['--allow-http-registry'] : []),
        '--',
        options.imageByDigest,
    ];
}
function signBlobArgs(options) {
    return [
        'sign-blob',
        '--yes',
        '--new-bundle-format=true',
        '--bundle',
        options.bundlePath,
        ...serviceArgs(options),
        '--',
        options.file,
    ];
}
function attestBlobArgs(options) {
    return [
        'attest-blob',
        '--yes',
        '--new-bundle-format=true',
        '--bundle',
        options.bundlePath,
        '--statement',
        options.statementPath,
        ...serviceArgs(options),
    ];
}
/**
 * cosign's environment, from an allow-list (action-kit's base list, cosign's
 * own COSIGN_* and SIGSTORE_* variables, the cloud SDK variables a registry
 * credential helper needs): the runner's token endpoint (cosign would mint
 * its own token), the action's inputs, ACTIONS_RUNTIME_TOKEN and
 * GITHUB_TOKEN never reach it. The one secret it gets is the OIDC token it
 * signs with, as SIGSTORE_ID_TOKEN; TUF_ROOT is private to the invocation.
 */
function cosignEnv(base, options) {
    const env = (0,src/* toolEnvironment */.uQ)(base, {
        allow: [
            'COSIGN_',
            'SIGSTORE_',
            ...src/* REGISTRY_CLOUD_ENVIRONMENT */.iH,
            ...(options.key?.kind === 'kms' ? signing_key/* KMS_CREDENTIAL_ENVIRONMENT */.AF[(0,signing_key/* kmsScheme */.LD)(options.key.uri)] : []),
        ],
        set: {
            ...(options.token ? { SIGSTORE_ID_TOKEN: options.token } : {}),
            // Keyed: the PEM and its password reach cosign here only (`--key env://COSIGN_PRIVATE_KEY`), never argv or a file.
            ...(options.key?.kind === 'pem'
                ? { [signing_key/* COSIGN_KEY_VARIABLE */.pf]: options.key.pem, COSIGN_PASSWORD: options.key.password }
                : {}),
            TUF_ROOT: options.tufRoot,
            ...(options.dockerConfig ? { DOCKER_CONFIG: options.dockerConfig } : {}),
        },
    });
    // A keyed run holds no identity token, and a keyless run no key, whatever the runner's environment says.
    if (!options.token)
        delete env.SIGSTORE_ID_TOKEN;
    if (options.key?.kind !== 'pem') {
        delete env[signing_key/* COSIGN_KEY_VARIABLE */.pf];
        delete env.COSIGN_PASSWORD;
    }
    return env;
}
/** cosign's `--key` for a signing key: the environment variable holding the PEM, or the KMS URI. */
function cosignKeyRef(key) {
    return key.kind === 'pem' ? `env://${signing_key/* COSIGN_KEY_VARIABLE */.pf}` : key.uri;
}
/**
 * A Sigstore SigningConfig v0.2 (protobuf-specs sigstore_trustroot.proto;
 * the format of root-signing's signing_config.v0.2.json) for an instance's
 * Fulcio, Rekor and TSA. TSA URLs name the timestamp API itself.
 */
function signingConfig(instance, validFrom, options = {}) {
    const service = (url) => ({
        url,
        majorApiVersion: 1,
        validFor: { start: validFrom.toISOString() },
        operator: new URL(url).host,
    });
    return {
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        // Keyed signing asks no CA for a certificate.
        caUrls: options.keyed ? [] : [service(instance.fulcioUrl)],
        oidcUrls: [],
        rekorTlogUrls: instance.rekorUrl ? [service(instance.rekorUrl)] : [],
        tsaUrls: instance.tsaUrl ? [service(`${instance.tsaUrl}/api/v1/timestamp`)] : [],
        // A selector over no services is what @sigstore/sign rejects ("No valid
        // TSAs"); leave a selector out when its service list is empty.
        ...(instance.rekorUrl ? { rekorTlogConfig: { selector: 'ANY' } } : {}),
        ...(instance.tsaUrl ? { tsaConfig: { selector: 'ANY' } } : {}),
    };
}
/** A private docker config with explicit credentials (never passed in argv). */
function dockerConfigJson(registry, username, password) {
    const auth = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
    // Docker Hub's credentials live under its legacy index URL in a docker config.
    const key = registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry;
    return `${JSON.stringify({ auths: { [key]: { auth } } }, null, 2)}\n`;
}
/**
 * Retry table for cosign's stderr, checked against recorded cosign errors
 * (test/fixtures/cosign/errors, SOURCES.md): 5xx, 408 and 429 answers,
 * network failures and the TUF cache lock are worth a retry; 401/403,
 * DENIED/UNAUTHORIZED and other 4xx are not.
 */
const RULES = [
    // cosign 3 (sigstore-go): a Rekor answer lost after the entry was logged makes the client resend and
    // Rekor answer 409; cosign 3 gives up there (cosign 1/2 fetched the existing entry). The next run signs
    // with a new ephemeral key, so its entry is new (test/fixtures/cosign/errors/rekor-409-lost-answer.txt).
    { pattern: /\[POST \/api\/v1\/log\/entries\]\[409\]|createLogEntryConflict/, kind: 'retryable' },
    {
        pattern: /returned (?:5\d\d|408|429)\b|\b(?:5\d\d|429) (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Too Many Requests)/i,
        kind: 'retryable',
    },
    { pattern: /\]\[(?:5\d\d|408|429)\]/, kind: 'retryable' },
    {
        pattern: /connection refused|connection reset|i\/o timeout|TLS handshake timeout|context deadline exceeded|Client\.Timeout|unexpected EOF|no such host|temporary failure in name resolution|resource temporarily unavailable/i,
        kind: 'retryable',
    },
    {
        pattern: /returned (?:4\d\d)\b|\]\[4\d\d\]|\b(?:UNAUTHORIZED|DENIED|FORBIDDEN)\b|401 Unauthorized|403 Forbidden|404 Not Found/i,
        kind: 'permanent',
    },
];
function serviceOf(line) {
    if (/signingCert|fulcio|getting signer|SCT/i.test(line))
        return 'Fulcio';
    if (/log\/entries|rekor|tlog/i.test(line))
        return 'Rekor';
    if (/timestamp|\btsa\b/i.test(line))
        return 'TSA';
    if (/cached local store|TUF|tuf/.test(line))
        return 'TUF';
    if (/\/v2\/|\/token\?|registry|manifest|UNAUTHORIZED|DENIED|accessing (?:image|entity)/i.test(line))
        return 'registry';
    return undefined;
}
function redactTokens(text) {
    return text.replace(/eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[token]');
}
/**
 * A Go panic: the `panic:` line (with the signal line after it) and the first
 * function of the crashing goroutine, instead of the stack trace's last frame
 * (which is always main.main). Seen with the real cosign 3.1.3 when a Rekor
 * answer lacked its ETag (test/fixtures/cosign/errors/panic-rekor-no-etag.txt).
 * Not retried: the same answer crashes it again.
 */
function panicFailure(lines) {
    const at = lines.findIndex((line) => line.startsWith('panic: '));
    if (at < 0)
        return undefined;
    const signal = lines[at + 1]?.startsWith('[signal ') ? ` ${lines[at + 1]}` : '';
    const goroutine = lines.findIndex((line, i) => i > at && /^goroutine \d+ \[/.test(line));
    const frame = goroutine >= 0 ? /^([\w./*()-]+)\(/.exec(lines[goroutine + 1] ?? '')?.[1] : undefined;
    const line = `cosign crashed: ${lines[at]}${signal}${frame ? ` (in ${frame})` : ''}`.slice(0, 600);
    return { kind: 'permanent', service: serviceOf(frame ?? lines[at]) ?? serviceOf(lines.join(' ')), line };
}
/** Classifies a failed cosign run from its stderr (permanent when nothing matches: retrying blind helps nobody). */
function classifyCosignFailure(stderr) {
    const lines = redactTokens(stderr)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
    const crashed = panicFailure(lines);
    if (crashed)
        return crashed;
    const errorLines = lines.filter((line) => /^Error:|error during command execution/i.test(line));
    // The error lines first; cosign sometimes puts the cause on the lines after "error during command execution:".
    for (const candidates of [errorLines, lines]) {
        for (const rule of RULES) {
            const line = candidates.find((candidate) => rule.pattern.test(candidate));
            if (line)
                return { kind: rule.kind, service: serviceOf(line) ?? serviceOf(lines.join(' ')), line: line.slice(0, 600) };
        }
    }
    const last = errorLines[errorLines.length - 1] ?? lines[lines.length - 1] ?? 'cosign failed without a message';
    return { kind: 'permanent', service: serviceOf(last), line: last.slice(0, 600) };
}
/** The transparency-log index cosign v2/v3 prints ("tlog entry created with index: N"), if any. */
function tlogIndexFromStderr(stderr) {
    return /tlog entry created with index:\s*(\d+)/.exec(stderr)?.[1];
}

// EXTERNAL MODULE: ./packages/signing/src/image-signature.ts
var image_signature = __nccwpck_require__(1593);
// EXTERNAL MODULE: ./packages/signing/src/outcome.ts
var outcome = __nccwpck_require__(7227);
// EXTERNAL MODULE: ./packages/signing/src/retry.ts
var retry = __nccwpck_require__(5229);
// EXTERNAL MODULE: ./packages/signing/src/token-source.ts
var token_source = __nccwpck_require__(2750);
// EXTERNAL MODULE: ./packages/signing/src/statement.ts
var src_statement = __nccwpck_require__(3558);
;// CONCATENATED MODULE: ./packages/signing/src/cosign-engine.ts
/**
 * engine: cosign — the pinned cosign binary does the Sigstore work (Fulcio
 * certificate, Rekor entry, timestamps) and writes the bundle file; storing
 * the bundle in the registry is ours (@scs/oci attachReferrer), exactly as
 * for the sigstore engine, so the referrers are identical whichever engine
 * made them.
 *
 * Every invocation gets: the token in SIGSTORE_ID_TOKEN only (never argv,
 * never a log line), a private TUF_ROOT, a private DOCKER_CONFIG when
 * explicit registry credentials were given, a timeout; a failure is
 * classified from stderr (cosign-args.ts) and retried when retryable.
 *
 * The bundle: cosign writes it into the invocation's private directory
 * (`--bundle <dir>/bundle.sigstore.json`), never to the output path. We read
 * it, check that it signs exactly what was requested (bundle-check.ts: the
 * image-signature statement for the digest, the statement given, the file's
 * sha256), and only then write the output file and store the referrer. A
 * bundle over anything else is refused and leaves nothing behind.
 *
 * Retries and the transparency log: within one cosign run, a Rekor entry
 * that is resent after a lost answer is answered 409. cosign 1/2 then fetched
 * the existing entry ("Signature already exists. Fetching and verifying
 * inclusion proof.", recorded in test/fixtures/cosign/errors); cosign 3
 * (sigstore-go) fails with `[POST /api/v1/log/entries][409]
 * createLogEntryConflict` (errors/rekor-409-lost-answer.txt, recorded with
 * the real cosign 3.1.3 in test/interop), which is retried like any lost
 * answer. When cosign gives up (the answers keep getting lost, Rekor keeps
 * failing, or the 409 above) and we re-run it, the new run makes a new ephemeral key, a new certificate and a
 * NEW log entry: the entry the failed run made stays in the log, an orphan —
 * a true record that this identity signed the same content at that time, for
 * which no bundle exists (the failed run's directory, with whatever it
 * wrote, is removed). Only the final run's bundle is checked, written, stored
 * and reported (its log index is in the outputs); the orphan cannot be
 * withdrawn (logs are append-only) and needs no action. The tests "Rekor
 * answers lost until cosign gives up" (test/unit/signing/cosign-engine,
 * test/integration/sign-keyless-cosign) show it. The sigstore engine has no
 * such orphans: it resends the same request, never the whole signing.
 *
 * Image attestations use `cosign attest-blob --statement`, not `cosign attest`:
 * the statement must be signed exactly as given (`cosign attest --predicate
 * --type` builds its own statement around the predicate), and whether
 * `cosign attest` writes a --bundle file for a registry upload depends on the
 * v3 release (v3.0.3: "Add --bundle and fix --upload for new bundle"). With
 * `cosign attest` the bundle would have to be read back from the registry
 * (listReferrers + fetchBlob); attest-blob writes it, and we attach it.
 */











const DEFAULT_TIMEOUT_MS = 5 * 60 * 1000;
const defaultRunner = async (binary, args, options) => {
    const result = await (0,src/* runProcess */.R3)(binary, args, { env: options.env, timeoutMs: options.timeoutMs });
    return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr, timedOut: result.timedOut };
};
const silentLogger = { info: () => undefined, debug: () => undefined, warning: () => undefined };
class CosignEngine {
    config;
    name = 'cosign';
    options;
    instance;
    policy;
    token;
    logger;
    now;
    sleep;
    invocation = 0;
    constructor(config, sleep) {
        this.config = config;
        if (!config.cosign)
            throw new src/* ConfigurationError */.j1('engine: cosign needs a cosign binary (a bug in the caller: no cosign options).');
        this.options = config.cosign;
        this.instance = config.instance;
        if (this.instance.name === 'github') {
            throw new src/* ConfigurationError */.j1("sigstore-instance: github needs engine: sigstore. GitHub's Sigstore instance (fulcio.githubapp.com, timestamp.githubapp.com) is trusted through GitHub's own trusted root, which the cosign engine of this action does not fetch; the sigstore engine signs there directly (as actions/attest does).");
        }
        this.policy = config.retry ?? retry/* DEFAULT_SERVICE_RETRY */.L2;
        this.token = (0,token_source/* cachedTokenSource */.T)(config.idToken);
        this.logger = config.logger ?? silentLogger;
        this.now = config.now ?? (() => new Date());
        this.sleep = sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
    /** A private directory for one cosign run (TUF_ROOT, docker config, signing config). */
    workDir() {
        this.invocation += 1;
        external_node_fs_.mkdirSync(this.options.tempDir, { recursive: true });
        return external_node_fs_.mkdtempSync(external_node_path_.join(this.options.tempDir, `cosign-${this.invocation}-`));
    }
    /**
     * The services cosign uses: a signing config for custom instances, and for every keyed run (it names the log,
     * or none with tlog-upload: false — cosign 3 takes no --tlog-upload=false next to a signing config), and the
     * key reference.
     */
    serviceFiles(dir) {
        const key = this.config.key;
        const keyRef = key ? { keyRef: cosignKeyRef(key) } : {};
        if (this.instance.name !== 'custom' && !key)
            return {};
        const signingConfigPath = external_node_path_.join(dir, 'signing-config.json');
        const config = signingConfig(this.instance, new Date(Date.UTC(2020, 0, 1)), { keyed: Boolean(key) });
        external_node_fs_.writeFileSync(signingConfigPath, `${JSON.stringify(config, null, 2)}\n`);
        return {
            signingConfigPath,
            ...(this.instance.trustedRootPath ? { trustedRootPath: this.instance.trustedRootPath } : {}),
            ...keyRef,
        };
    }
    /**
     * Runs cosign with `buildArgs(dir, services, bundleFile)` until it
     * succeeds, a failure is not retryable, or the tries run out. cosign writes
     * its bundle to `bundleFile`, inside the run's private directory; the bundle
     * is returned only after it passed the check against `expected`.
     */
    async runCosign(what, expected, buildArgs) {
        let lastError;
        for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
            const dir = this.workDir();
            try {
                const tufRoot = external_node_path_.join(dir, 'tuf');
                external_node_fs_.mkdirSync(tufRoot, { recursive: true });
                let dockerConfig;
                if (this.options.registryAuth) {
                    dockerConfig = external_node_path_.join(dir, 'docker');
                    external_node_fs_.mkdirSync(dockerConfig, { recursive: true, mode: 0o700 });
                    const { registry, username, password } = this.options.registryAuth;
                    external_node_fs_.writeFileSync(external_node_path_.join(dockerConfig, 'config.json'), dockerConfigJson(registry, username, password), {
                        mode: 0o600,
                    });
                }
                // Keyed: no identity token at all; the key (PEM or KMS credentials) reaches cosign through its environment.
                const token = this.config.key ? undefined : await this.token();
                const env = cosignEnv(this.options.env, {
                    tufRoot,
                    ...(token ? { token } : { key: this.config.key }),
                    ...(dockerConfig ? { dockerConfig } : {}),
                });
                const bundleFile = external_node_path_.join(dir, 'bundle.sigstore.json');
                const args = buildArgs(dir, this.serviceFiles(dir), bundleFile);
                this.logger.debug(`cosign ${args.join(' ')}`);
                const result = await (this.options.run ?? defaultRunner)(this.options.binary, args, {
                    env,
                    timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
                });
                const stderr = this.redact(result.stderr, token);
                if (result.exitCode === 0 && !result.timedOut) {
                    if (!external_node_fs_.existsSync(bundleFile)) {
                        throw new src/* InfrastructureError */.EN(`cosign ${what} exited 0 but wrote no bundle (--bundle ${bundleFile}); is ${this.options.binary} cosign v3 (it needs --bundle and --new-bundle-format)?`);
                    }
                    let bundle;
                    try {
                        bundle = JSON.parse(external_node_fs_.readFileSync(bundleFile, 'utf8'));
                    }
                    catch (error) {
                        throw new src/* InfrastructureError */.EN(`cosign ${what} wrote a bundle that is not JSON.`, { cause: error });
                    }
                    // Not retried: a cosign that signs something else will do so again.
                    (0,bundle_check/* assertBundleSigns */.xX)(bundle, expected, `cosign ${what}`);
                    if (attempt > 1)
                        this.logger.info(`cosign ${what} succeeded on try ${attempt}; only this try's bundle is kept (see the engine notes on log entries of failed tries).`);
                    return { bundle, stderr };
                }
                const failure = result.timedOut
                    ? {
                        kind: 'retryable',
                        line: `cosign did not finish within ${Math.round((this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`,
                        service: undefined,
                    }
                    : classifyCosignFailure(stderr);
                const where = failure.service ? ` (${failure.service})` : '';
                const message = `cosign ${what} failed${where}: ${failure.line}`;
                if (failure.kind === 'permanent') {
                    const advice = failure.service === 'registry'
                        ? ' Check the registry credentials: the job needs `packages: write` for ghcr.io, or a docker login / registry-username + registry-password for other registries.'
                        : '';
                    const detail = (0,src/* tailLines */.os)(stderr, 15);
                    if (failure.service === 'registry')
                        throw new src/* ConfigurationError */.j1(`${message}.${advice}\n${detail}`);
                    throw new src/* InfrastructureError */.EN(`${message}. This is not retried.\n${detail}`);
                }
                lastError = new src/* InfrastructureError */.EN(`${message}\n${(0,src/* tailLines */.os)(stderr, 15)}`);
                if (attempt < this.policy.attempts) {
                    const delay = (0,retry/* backoffDelay */.EY)(attempt, this.policy);
                    this.logger.info(`cosign ${what}: ${failure.line.slice(0, 200)} — retrying in ${delay} ms (try ${attempt + 1} of ${this.policy.attempts})`);
                    await this.sleep(delay);
                }
            }
            finally {
                external_node_fs_.rmSync(dir, { recursive: true, force: true });
            }
        }
        throw new src/* InfrastructureError */.EN(`cosign ${what} failed after ${this.policy.attempts} tries; nothing was reported as signed.`, { cause: lastError });
    }
    /** cosign's stderr without the token, the key's PEM or its password (cosign never prints them; a fault might). */
    redact(stderr, token) {
        let text = token ? stderr.split(token).join('[token]') : stderr;
        const key = this.config.key;
        for (const secret of key?.kind === 'pem' ? [key.pem, key.password] : [])
            if (secret.length >= 4)
                text = text.split(secret).join('[secret]');
        return redactTokens(text);
    }
    /** Writes the (already checked) bundle to the output path. */
    finish(bundle, bundlePath, stderr) {
        const result = (0,outcome/* outcomeFromBundle */.lN)(bundle, bundlePath, this.instance, this.config.key ? 'key' : 'certificate');
        (0,outcome/* writeBundleFile */.AM)(bundlePath, result.outcome.bundleJson);
        const printed = tlogIndexFromStderr(stderr);
        if (printed && result.outcome.tlog && printed !== result.outcome.tlog.logIndex) {
            this.logger.warning(`cosign reported log index ${printed}, the bundle holds ${result.outcome.tlog.logIndex}; the bundle is what verifiers use.`);
        }
        return result;
    }
    async signImage(target, options) {
        const imageByDigest = `${target.repository}@${target.digest}`;
        // What cosign sign signs for this digest (its image-signature statement); anything else is refused.
        const expected = {
            kind: 'statement',
            statement: JSON.parse((0,image_signature/* imageSignatureStatement */.l6)(target.digest).toString('utf8')),
        };
        // A stale bundle from an earlier run must not be mistaken for this run's.
        external_node_fs_.rmSync(options.bundlePath, { force: true });
        const { bundle, stderr } = await this.runCosign(`sign ${imageByDigest}`, expected, (_dir, services, bundleFile) => signImageArgs({
            imageByDigest,
            bundlePath: bundleFile,
            allowHttpRegistry: (0,reference/* isLoopbackHost */.cW)(target.reference.registry),
            ...services,
        }));
        const made = this.finish(bundle, options.bundlePath, stderr);
        return (0,outcome/* withStoredBundle */.Mm)(this.config.registry, options.push ? target : undefined, made, this.now);
    }
    async signBlob(file, options) {
        const expected = (0,bundle_check/* fileExpectation */.Vd)(external_node_fs_.readFileSync(file), file);
        external_node_fs_.rmSync(options.bundlePath, { force: true });
        const { bundle, stderr } = await this.runCosign(`sign-blob ${external_node_path_.basename(file)}`, expected, (_dir, services, bundleFile) => signBlobArgs({ file, bundlePath: bundleFile, ...services }));
        return this.finish(bundle, options.bundlePath, stderr).outcome;
    }
    async attest(statement, options) {
        (0,src_statement/* validateStatement */.G)(statement, options.pushTo);
        const payload = JSON.stringify(statement);
        const expected = { kind: 'statement', statement: JSON.parse(payload) };
        external_node_fs_.rmSync(options.bundlePath, { force: true });
        const { bundle, stderr } = await this.runCosign(`attest-blob (${statement.predicateType})`, expected, (dir, services, bundleFile) => {
            const statementPath = external_node_path_.join(dir, 'statement.json');
            external_node_fs_.writeFileSync(statementPath, payload);
            return attestBlobArgs({ statementPath, bundlePath: bundleFile, ...services });
        });
        const made = this.finish(bundle, options.bundlePath, stderr);
        return (0,outcome/* withStoredBundle */.Mm)(this.config.registry, options.pushTo, made, this.now);
    }
}

;// CONCATENATED MODULE: ./packages/signing/src/engine.ts
/**
 * The engine factory: one interface, two implementations. The sigstore
 * engine (and with it @sigstore/sign and its network stack) is loaded only
 * when it is chosen: the default cosign engine never needs it, and loading it
 * cost sign-keyless and provenance 144–172 ms per run (bench/PROFILES.md).
 */


async function engine_createSigningEngine(config) {
    switch (config.engine) {
        case 'sigstore': {
            const { SigstoreEngine } = await Promise.all(/* import() */[__nccwpck_require__.e(179), __nccwpck_require__.e(456)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6075));
            return new SigstoreEngine(config);
        }
        case 'cosign':
            return new CosignEngine(config);
        default:
            throw new src/* ConfigurationError */.j1(`Unknown signing engine '${String(config.engine)}'; use cosign or sigstore.`);
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __nccwpck_require__(6058);
;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/buffer_utils.js
const buffer_utils_encoder = new TextEncoder(), decoder = new TextDecoder(), strictDecoder = new TextDecoder("utf-8", { fatal: !0 }), UINT32_RANGE = (/* unused pure expression or super */ null && (2 ** 32));
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
function writeUInt32BE(buf, value, offset) {
  if (value < 0 || value >= UINT32_RANGE)
    throw new RangeError(`value must be >= 0 and <= ${UINT32_RANGE - 1}. Received ${value}`);
  buf.set([value >>> 24, value >>> 16, value >>> 8, value & 255], offset);
}
function uint64be(value) {
  const high = Math.floor(value / UINT32_RANGE), low = value % UINT32_RANGE, buf = new Uint8Array(8);
  return writeUInt32BE(buf, high, 0), writeUInt32BE(buf, low, 4), buf;
}
function uint32be(value) {
  const buf = new Uint8Array(4);
  return writeUInt32BE(buf, value), buf;
}
const NON_ASCII = /[^\x00-\x7f]/;
function encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return buffer_utils_encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function buffer_utils_encodeBase64(input, url = !1) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = !1) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}
async function digest(algorithm, data) {
  const subtleDigest = `SHA-${algorithm.slice(-3)}`;
  return new Uint8Array(await crypto.subtle.digest(subtleDigest, data));
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/base64url.js

const invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), !0);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function base64url_encode(input) {
  return encodeBase64(typeof input == "string" ? encoder.encode(input) : input, !0);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/errors.js
class JOSEError extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message, options) {
    super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
}
class JWTClaimValidationFailed extends JOSEError {
  static code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JWTExpired extends JOSEError {
  static code = "ERR_JWT_EXPIRED";
  code = "ERR_JWT_EXPIRED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JOSEAlgNotAllowed extends JOSEError {
  static code = "ERR_JOSE_ALG_NOT_ALLOWED";
  code = "ERR_JOSE_ALG_NOT_ALLOWED";
}
class JOSENotSupported extends JOSEError {
  static code = "ERR_JOSE_NOT_SUPPORTED";
  code = "ERR_JOSE_NOT_SUPPORTED";
}
class JWEDecryptionFailed extends JOSEError {
  static code = "ERR_JWE_DECRYPTION_FAILED";
  code = "ERR_JWE_DECRYPTION_FAILED";
  constructor(message = "decryption operation failed", options) {
    super(message, options);
  }
}
class JWEInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWE_INVALID"));
  code = "ERR_JWE_INVALID";
}
class errors_JWSInvalid extends JOSEError {
  static code = "ERR_JWS_INVALID";
  code = "ERR_JWS_INVALID";
}
class JWTInvalid extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
}
class JWKInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWK_INVALID"));
  code = "ERR_JWK_INVALID";
}
class JWKSInvalid extends JOSEError {
  static code = "ERR_JWKS_INVALID";
  code = "ERR_JWKS_INVALID";
}
class JWKSNoMatchingKey extends JOSEError {
  static code = "ERR_JWKS_NO_MATCHING_KEY";
  code = "ERR_JWKS_NO_MATCHING_KEY";
  constructor(message = "no applicable key found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSMultipleMatchingKeys extends JOSEError {
  [Symbol.asyncIterator] = async function* () {
  };
  static code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  constructor(message = "multiple matching keys found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSTimeout extends JOSEError {
  static code = "ERR_JWKS_TIMEOUT";
  code = "ERR_JWKS_TIMEOUT";
  constructor(message = "request timed out", options) {
    super(message, options);
  }
}
class JWSSignatureVerificationFailed extends JOSEError {
  static code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  constructor(message = "signature verification failed", options) {
    super(message, options);
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/validate.js



function assertUint8Array(input, label) {
  if (!(input instanceof Uint8Array))
    throw new TypeError(`${label} must be an instance of Uint8Array`);
}
function validate_isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return !1;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isJwkSet(input) {
  return validate_isObject(input) && Array.isArray(input.keys) && Array.from(input.keys).every(validate_isObject);
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return !1;
        parameters.add(parameter);
      }
  return !0;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
function decodeBase64url(value, label, ErrorClass) {
  try {
    return decode(value);
  } catch (cause) {
    throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
  }
}
function encodeAsciiMember(value, label, ErrorClass) {
  try {
    return encode(value);
  } catch (cause) {
    throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
  }
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message) {
  let parsed;
  try {
    parsed = JSON.parse(strictDecoder.decode(decode(encodedProtectedHeader)));
  } catch (cause) {
    throw new ErrorClass(message, { cause });
  }
  if (!validate_isObject(parsed))
    throw new ErrorClass(message);
  return parsed;
}
const JWS_RECOGNIZED = { __proto__: null, b64: !0 }, JWE_RECOGNIZED = { __proto__: null };
function validateAlgorithms(option, algorithms) {
  if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string")))
    throw new TypeError(`"${option}" option must be an array of strings`);
  return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new errors_JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return !0;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!validate_isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js




function decodeJwt(jwt) {
  if (typeof jwt != "string")
    throw new JWTInvalid("JWTs must use Compact JWS serialization, JWT must be a string");
  const { 1: encodedPayload, length } = jwt.split(".");
  if (length === 5)
    throw new JWTInvalid("Only JWTs using Compact JWS serialization can be decoded");
  if (length !== 3)
    throw new JWTInvalid("Invalid JWT");
  if (!encodedPayload)
    throw new JWTInvalid("JWTs must contain a payload");
  let claimsSetBytes;
  try {
    claimsSetBytes = decode(encodedPayload);
  } catch (cause) {
    throw new JWTInvalid("Failed to base64url decode the payload", { cause });
  }
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("Failed to parse the decoded payload as JSON", { cause });
  }
  if (!validate_isObject(claimsSet))
    throw new JWTInvalid("Invalid JWT Claims Set");
  return claimsSet;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/key.js



const tag = (key) => key[Symbol.toStringTag], jwkMatchesOp = (entry, key, usage) => {
  const { alg } = entry;
  if (key.use !== void 0) {
    const expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
    if (key.use !== expected)
      throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
  }
  if (key.kty === "AKP" && key.alg === void 0)
    throw new TypeError('missing "alg" (Algorithm) Parameter value');
  if (key.alg !== void 0 && key.alg !== alg)
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  if (Array.isArray(key.key_ops)) {
    const expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry.ops?.[usage === "encrypt" ? 0 : 1] : usage;
    if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp))
      throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
  }
};
async function prepareKey(entry, key, usage) {
  const { alg, secret } = entry, requiresPrivateKey = usage === "decrypt" || usage === "sign";
  if (secret && key instanceof Uint8Array)
    return key;
  let normalized, keyObject;
  if (validate_isObject(key)) {
    if (normalized = normalizeJwk(key), typeof normalized.kty != "string")
      throw invalidKeyType(alg, key, secret);
    if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0)))
      throw new TypeError(secret ? 'JSON Web Key for symmetric algorithms must have JWK "kty" (Key Type) equal to "oct" and the JWK "k" (Key Value) present' : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
    if (jwkMatchesOp(entry, normalized, usage), normalized.kty === "oct")
      return decode(normalized.k);
    if (!Object.isFrozen(key)) {
      const { key_ops } = key;
      Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
    }
  } else {
    if (!isKeyLike(key))
      throw invalidKeyType(alg, key, secret);
    const expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
    if (key.type !== expectedType && (secret || ["secret", "public", "private"].includes(key.type)))
      throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
    if (isCryptoKey(key))
      return key;
    if (keyObject = key, keyObject.type === "secret")
      return keyObject.export();
  }
  cache ||= /* @__PURE__ */ new WeakMap();
  const cacheKey = key;
  let cached = cache.get(cacheKey);
  if (cached?.[alg])
    return cached[alg];
  if (cached || cache.set(cacheKey, cached = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
    const isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry.resolve?.({ crv, asymmetricKeyType: keyObject.asymmetricKeyType }) ?? entry.subtle;
    return cached[alg] = keyObject.toCryptoKey(params, isPublic, entry.usages[isPublic ? 0 : 1]);
  }
  return normalized ??= keyObject.export({ format: "jwk" }), normalized.alg = alg, cached[alg] = await jwkToKey(entry, normalized);
}
let cache;
const nist = {
  __proto__: null,
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521"
};
function assertCryptoKey(key) {
  if (!isCryptoKey(key))
    throw new Error("CryptoKey instance expected");
}
const isCryptoKey = (key) => {
  if (key?.[Symbol.toStringTag] === "CryptoKey")
    return !0;
  try {
    return key instanceof CryptoKey;
  } catch {
    return !1;
  }
}, isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject", isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
  if (types.length > 2) {
    const last = types.pop();
    msg += `one of type ${types.join(", ")}, or ${last}.`;
  } else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
  return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
const invalidKeyInput = (actual, ...types) => message("Key must be ", actual, ...types);
function invalidKeyType(alg, actual, secret) {
  const types = ["CryptoKey", "KeyObject", "JSON Web Key"];
  return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
const unusable = (name, prop = "algorithm.name") => new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage) {
  if (usage && !key.usages.includes(usage))
    throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
  const { modulusLength } = key.algorithm;
  if (typeof modulusLength != "number" || modulusLength < 2048)
    throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
  const algorithm = key.algorithm;
  if (algorithm.name !== expected.name)
    throw unusable(expected.name);
  if (expected.hash && algorithm.hash?.name !== expected.hash)
    throw unusable(expected.hash, "algorithm.hash");
  if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve)
    throw unusable(expected.namedCurve, "algorithm.namedCurve");
  if (expected.length !== void 0 && algorithm.length !== expected.length)
    throw unusable(expected.length, "algorithm.length");
  checkUsage(key, usage);
}
function snapshotJwk(jwk) {
  return { __proto__: null, ...jwk };
}
function normalizeJwk(jwk) {
  const normalized = snapshotJwk(jwk);
  if (normalized.ext !== void 0 && typeof normalized.ext != "boolean")
    throw new TypeError('"ext" (Extractable) Parameter must be a boolean');
  if (normalized.key_ops !== void 0) {
    const value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
    if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length)
      throw new TypeError('"key_ops" (Key Operations) Parameter must be an array of unique strings');
    normalized.key_ops = keyOps;
  }
  return normalized;
}
function validateExtractableOption(extractable) {
  if (extractable !== void 0 && typeof extractable != "boolean")
    throw new TypeError('"extractable" option must be a boolean');
  return extractable;
}
async function jwkToKey(entry, jwk, extractable) {
  if (!entry.kty.includes(jwk.kty))
    throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
  const algorithm = entry.resolve?.({ kty: jwk.kty, crv: jwk.crv }) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = { ...jwk, ext: extractable ?? jwk.ext };
  return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = !1) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  const out = { __proto__: null };
  for (const alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_algorithms.js


const sig = [["verify"], ["sign"]];
function hmac(bits) {
  const subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: !0, subtle, signing: subtle, usages: sig };
}
function rsa(bits, saltLength) {
  const subtle = { name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash: `SHA-${bits}` };
  return {
    kty: ["RSA"],
    subtle,
    signing: saltLength ? { ...subtle, saltLength } : subtle,
    usages: sig,
    minRsaBits: 2048
  };
}
function ecdsa(crv, bits) {
  return {
    kty: ["EC"],
    crv,
    subtle: { name: "ECDSA", namedCurve: crv },
    signing: { name: "ECDSA", hash: `SHA-${bits}` },
    usages: sig
  };
}
function eddsa() {
  const subtle = { name: "Ed25519" };
  return {
    kty: ["OKP"],
    crv: "Ed25519",
    subtle,
    signing: subtle,
    usages: sig
  };
}
function mldsa(parameterSet) {
  const subtle = { name: `ML-DSA-${parameterSet}` };
  return {
    kty: ["AKP"],
    subtle,
    signing: subtle,
    usages: sig
  };
}
const JWS = table({
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa("P-256", 256),
  ES384: ecdsa("P-384", 384),
  ES512: ecdsa("P-521", 512),
  EdDSA: eddsa(),
  Ed25519: eddsa(),
  "ML-DSA-44": mldsa(44),
  "ML-DSA-65": mldsa(65),
  "ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
  const entry = typeof alg == "string" ? JWS[alg] : void 0;
  if (!entry)
    throw new JOSENotSupported(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
  return entry;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jwks/local.js




function isUsableJWK(jwk, entry, alg, kid) {
  const { kty, key_ops: keyOps, ext, kid: jwkKid, alg: jwkAlg, use, crv } = jwk;
  return (ext === void 0 || typeof ext == "boolean") && (keyOps === void 0 || Array.isArray(keyOps) && keyOps.every((operation, index) => typeof operation == "string" && keyOps.indexOf(operation) === index) && keyOps.includes("verify")) && entry.kty.includes(kty) && (kid === void 0 || typeof kid == "string" && kid === jwkKid) && (jwkAlg === void 0 ? kty !== "AKP" : alg === jwkAlg) && (use === void 0 || use === "sig") && (!entry.crv || crv === entry.crv);
}
async function importWithAlgCache(cache, jwk, entry) {
  const cached = cache.get(jwk) || cache.set(jwk, {}).get(jwk), { alg } = entry;
  if (cached[alg] === void 0) {
    const pending = jwkToKey(entry, jwk, !0).then((key) => {
      if (key.type !== "public")
        throw new JWKSInvalid("JSON Web Key Set members must be public keys");
      return cached[alg] = key, key;
    }).catch((error) => {
      throw cached[alg] === pending && delete cached[alg], error;
    });
    cached[alg] = pending;
  }
  return cached[alg];
}
function createLocalJWKSet(jwks) {
  let snapshot;
  try {
    snapshot = structuredClone(jwks);
  } catch (cause) {
    throw new JWKSInvalid("JSON Web Key Set malformed", { cause });
  }
  if (!isJwkSet(snapshot))
    throw new JWKSInvalid("JSON Web Key Set malformed");
  const metadata = snapshot.keys.map((jwk) => {
    const normalized = snapshotJwk(jwk);
    return Array.isArray(normalized.key_ops) && (normalized.key_ops = [...normalized.key_ops]), normalized;
  }), cached = /* @__PURE__ */ new WeakMap();
  return Object.defineProperty(async (protectedHeader, token) => {
    const { alg, kid } = { ...protectedHeader, ...token?.header }, entry = typeof alg == "string" ? JWS[alg] : void 0;
    if (!entry || entry.secret)
      throw new JOSENotSupported('Unsupported "alg" value for a JSON Web Key Set');
    const candidates = snapshot.keys.filter((_, index) => isUsableJWK(metadata[index], entry, alg, kid)), { 0: jwk, length } = candidates;
    if (!length)
      throw new JWKSNoMatchingKey();
    if (length !== 1) {
      const error = new JWKSMultipleMatchingKeys();
      throw error[Symbol.asyncIterator] = async function* () {
        for (const jwk2 of candidates)
          try {
            yield await importWithAlgCache(cached, jwk2, entry);
          } catch {
          }
      }, error;
    }
    return importWithAlgCache(cached, jwk, entry);
  }, "jwks", {
    value: () => structuredClone(snapshot)
  });
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jwks/remote.js



function isCloudflareWorkers() {
  return typeof WebSocketPair < "u" || typeof navigator < "u" && navigator.userAgent === "Cloudflare-Workers" || typeof EdgeRuntime < "u" && EdgeRuntime === "vercel";
}
let USER_AGENT;
(typeof navigator > "u" || !navigator.userAgent?.startsWith?.("Mozilla/5.0 ")) && (USER_AGENT = "jose/v6.2.18");
const customFetch = /* @__PURE__ */ Symbol();
async function fetchJwks(url, headers, signal, fetchImpl = fetch) {
  const response = await fetchImpl(url, {
    method: "GET",
    signal,
    redirect: "manual",
    headers
  }).catch((err) => {
    throw err.name === "TimeoutError" ? new JWKSTimeout(void 0, { cause: err }) : err;
  });
  if (response.status !== 200)
    throw new JOSEError("Expected 200 OK from the JSON Web Key Set HTTP response");
  try {
    return await response.json();
  } catch (cause) {
    throw signal.aborted ? new JWKSTimeout(void 0, { cause }) : new JOSEError("Failed to parse the JSON Web Key Set HTTP response as JSON", { cause });
  }
}
const jwksCache = /* @__PURE__ */ Symbol();
function isFreshFor(timestamp, duration) {
  return Number.isFinite(timestamp) && Date.now() < timestamp + duration;
}
function validateDuration(value, fallback, option) {
  if (Number.isNaN(value))
    throw new TypeError(`"${option}" option must not be NaN`);
  if (typeof value == "number" && value < 0)
    throw new TypeError(`"${option}" option must not be negative`);
  return typeof value == "number" ? value : fallback;
}
function createRemoteJWKSet(url, options) {
  if (!(url instanceof URL))
    throw new TypeError("url must be an instance of URL");
  const href = new URL(url.href).href, opts = options ?? {}, timeoutOption = opts.timeoutDuration;
  if (typeof timeoutOption == "number" && (!Number.isInteger(timeoutOption) || timeoutOption < 0))
    throw new TypeError('"timeoutDuration" option must be a non-negative integer');
  const timeoutDuration = typeof timeoutOption == "number" ? timeoutOption : 5e3, cooldownDuration = validateDuration(opts.cooldownDuration, 3e4, "cooldownDuration"), cacheMaxAge = validateDuration(opts.cacheMaxAge, 6e5, "cacheMaxAge"), headers = new Headers(opts.headers);
  USER_AGENT && !headers.has("User-Agent") && headers.set("User-Agent", USER_AGENT), headers.has("accept") || headers.set("accept", "application/json, application/jwk-set+json");
  const fetchImpl = opts[customFetch], cache = opts[jwksCache];
  let jwksTimestamp, pendingFetch, reloadSequence = 0, appliedSequence = 0, local;
  if (cache && typeof cache == "object") {
    const { uat, jwks } = cache;
    isFreshFor(uat, cacheMaxAge) && isJwkSet(jwks) && (jwksTimestamp = uat, local = createLocalJWKSet(jwks));
  }
  const reload = async () => {
    if (pendingFetch && isCloudflareWorkers() && (pendingFetch = void 0), !pendingFetch) {
      const sequence = ++reloadSequence, current = pendingFetch = fetchJwks(href, headers, AbortSignal.timeout(timeoutDuration), fetchImpl).then((json) => {
        const next = createLocalJWKSet(json);
        if (sequence <= appliedSequence)
          return;
        local = next;
        const updatedAt = Date.now();
        cache && (cache.uat = updatedAt, cache.jwks = json), jwksTimestamp = updatedAt, appliedSequence = sequence;
      }).finally(() => {
        pendingFetch === current && (pendingFetch = void 0);
      });
    }
    await pendingFetch;
  };
  return Object.defineProperties(async (protectedHeader, token) => {
    (!local || !isFreshFor(jwksTimestamp, cacheMaxAge)) && await reload();
    try {
      return await local(protectedHeader, token);
    } catch (err) {
      if (err instanceof JWKSNoMatchingKey && !isFreshFor(jwksTimestamp, cooldownDuration))
        return await reload(), local(protectedHeader, token);
      throw err;
    }
  }, {
    coolingDown: {
      get: () => isFreshFor(jwksTimestamp, cooldownDuration),
      enumerable: !0
    },
    fresh: {
      get: () => isFreshFor(jwksTimestamp, cacheMaxAge),
      enumerable: !0
    },
    reload: {
      value: reload,
      enumerable: !0
    },
    reloading: {
      get: () => !!pendingFetch,
      enumerable: !0
    },
    jwks: {
      value: () => local?.jwks(),
      enumerable: !0
    }
  });
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_verify.js





function snapshotJws(jws, sharedPayload) {
  const encodedProtectedHeader = jws.protected, inputHeader = jws.header, header = isObject(inputHeader) ? { ...inputHeader } : inputHeader;
  let payload = sharedPayload ? sharedPayload[0] : jws.payload;
  !sharedPayload && payload instanceof Uint8Array && (payload = new Uint8Array(payload));
  const signature = jws.signature, snapshot = { payload, signature };
  if (encodedProtectedHeader !== void 0 && (snapshot.protected = encodedProtectedHeader), inputHeader !== void 0 && (snapshot.header = header), encodedProtectedHeader === void 0 && header === void 0)
    throw new JWSInvalid('Flattened JWS must have either of the "protected" or "header" members');
  if (encodedProtectedHeader !== void 0 && typeof encodedProtectedHeader != "string")
    throw new JWSInvalid("JWS Protected Header incorrect type");
  if (payload === void 0)
    throw new JWSInvalid("JWS Payload missing");
  if (typeof signature != "string")
    throw new JWSInvalid("JWS Signature missing or incorrect type");
  if (header !== void 0 && !isObject(header))
    throw new JWSInvalid("JWS Unprotected Header incorrect type");
  return snapshot;
}
function prepareVerify(options) {
  return [options && validateAlgorithms("algorithms", options.algorithms), options?.crit];
}
function parseProtectedHeader(encodedProtectedHeader) {
  return encodedProtectedHeader === void 0 ? {} : parseJoseHeader(encodedProtectedHeader, errors_JWSInvalid, "JWS Protected Header is invalid");
}
function encodeJsonUnencodedPayload(payload) {
  const invalid = /[\p{Cs}\p{Cn}]/u.exec(payload)?.[0];
  if (invalid !== void 0)
    throw new JWSInvalid(/\p{Cs}/u.test(invalid) ? "JWS Payload must be a well-formed Unicode string" : "JWS Payload must not contain unassigned Unicode code points");
  return encoder.encode(payload);
}
function encodeCompactUnencodedPayload(payload) {
  try {
    return encode(payload);
  } catch (cause) {
    throw new errors_JWSInvalid("JWS Compact Serialization payload must use only ASCII characters", {
      cause
    });
  }
}
async function verifySignature(jws, shared, key, encodeUnencodedPayload, parsedProtected) {
  const { protected: encodedProtectedHeader, header, payload: inputPayload } = jws, protectedHeader = parsedProtected ?? parseProtectedHeader(encodedProtectedHeader);
  if (!isDisjoint(protectedHeader, header))
    throw new errors_JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...header }, b64 = validateB64(protectedHeader, validateCrit(errors_JWSInvalid, JWS_RECOGNIZED, shared[1], protectedHeader, joseHeader)), { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new errors_JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  if (shared[0] && !shared[0].has(alg))
    throw new JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');
  if (b64) {
    if (typeof inputPayload != "string")
      throw new errors_JWSInvalid("JWS Payload must be a string");
  } else if (typeof inputPayload != "string" && !(inputPayload instanceof Uint8Array))
    throw new errors_JWSInvalid("JWS Payload must be a string or an Uint8Array instance");
  const signingPayload = b64 || typeof inputPayload != "string" ? inputPayload : encodeUnencodedPayload(inputPayload);
  let resolvedKey = !1;
  typeof key == "function" && (key = await key(protectedHeader, jws), resolvedKey = !0);
  const entry = jwsAlgorithm(alg), signingInput = concat(encodedProtectedHeader !== void 0 ? encode(encodedProtectedHeader) : new Uint8Array(), encode("."), typeof signingPayload == "string" ? shared[2] ??= encodeAsciiMember(signingPayload, "payload", errors_JWSInvalid) : signingPayload), signature = decodeBase64url(jws.signature, "signature", errors_JWSInvalid), verificationKey = await prepareKey(entry, key, "verify"), cryptoKey = await rawKey(verificationKey, entry.subtle, "verify");
  entry.minRsaBits && checkModulusLength(entry.alg, cryptoKey);
  let verified = !1;
  try {
    verified = await crypto.subtle.verify(entry.signing, cryptoKey, signature, signingInput);
  } catch (cause) {
    throw new JWSSignatureVerificationFailed(void 0, { cause });
  }
  if (!verified)
    throw new JWSSignatureVerificationFailed();
  const result = { payload: typeof signingPayload == "string" ? decodeBase64url(signingPayload, "payload", errors_JWSInvalid) : signingPayload };
  return encodedProtectedHeader !== void 0 && (result.protectedHeader = protectedHeader), header !== void 0 && (result.unprotectedHeader = header), resolvedKey ? [{ ...result, key: verificationKey }, b64] : [result, b64];
}
async function verifyCompact(jws, shared, key) {
  if (jws instanceof Uint8Array && (jws = decoder.decode(jws)), typeof jws != "string")
    throw new errors_JWSInvalid("Compact JWS must be a string or Uint8Array");
  const { 0: protectedHeader, 1: payload, 2: signature, length } = jws.split(".");
  if (length !== 3)
    throw new errors_JWSInvalid("Invalid Compact JWS");
  return verifySignature({ payload, protected: protectedHeader, signature }, shared, key, encodeCompactUnencodedPayload);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jwt_claims_set.js



const epoch = (date) => Math.floor(date.getTime() / 1e3), multipliers = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600
}, REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i, checkFailed = "check_failed";
function invalidDuration() {
  throw new TypeError("Invalid time period format");
}
function secs(str) {
  typeof str != "string" && invalidDuration();
  const matched = REGEX.exec(str);
  (!matched || matched[4] && matched[1]) && invalidDuration();
  const value = parseFloat(matched[2]), durationSeconds = Math.round(value * multipliers[matched[3][0].toLowerCase()]);
  return Number.isFinite(durationSeconds) || invalidDuration(), matched[1] === "-" || matched[4]?.toLowerCase() === "ago" ? -durationSeconds : durationSeconds;
}
function validateInput(label, input) {
  if (!Number.isFinite(input))
    throw new TypeError(`Invalid ${label} input`);
  return input;
}
function validateStringClaim(claim, value) {
  if (typeof value != "string")
    throw new TypeError(`"${claim}" claim must be a string`);
}
function validateAudienceClaim(value) {
  if (typeof value != "string" && (!Array.isArray(value) || Array.from(value).some((member) => typeof member != "string")))
    throw new TypeError('"aud" claim must be a string or an array of strings');
}
function numericDate(value, label) {
  return typeof value == "number" ? validateInput(label, value) : value instanceof Date ? validateInput(label, epoch(value)) : epoch(/* @__PURE__ */ new Date()) + secs(value);
}
const normalizeTyp = (value) => {
  const normalized = value.toLowerCase();
  return value.includes("/") ? normalized : `application/${normalized}`;
}, checkAudiencePresence = (audPayload, audOption) => typeof audPayload == "string" ? audOption.includes(audPayload) : Array.isArray(audPayload) ? audOption.some((aud) => audPayload.includes(aud)) : !1;
function validateNumericDate(claimsSet, claim, required = !1) {
  const value = claimsSet[claim];
  if (!(value === void 0 && !required)) {
    if (typeof value != "number")
      throw new JWTClaimValidationFailed(`"${claim}" claim must be a number`, claimsSet, claim, "invalid");
    return value;
  }
}
function unexpectedClaim(claimsSet, claim) {
  throw new JWTClaimValidationFailed(`unexpected "${claim}" claim value`, claimsSet, claim, checkFailed);
}
function validateClaimsSet(protectedHeader, claimsSetBytes, options = {}) {
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object", { cause });
  }
  if (!validate_isObject(claimsSet))
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object");
  const { typ } = options;
  if (typ !== void 0 && (typeof protectedHeader.typ != "string" || normalizeTyp(protectedHeader.typ) !== normalizeTyp(typ)))
    throw new JWTClaimValidationFailed('unexpected "typ" JWT header value', claimsSet, "typ", checkFailed);
  const { requiredClaims = [], issuer, subject, audience, maxTokenAge } = options, presenceCheck = [...requiredClaims];
  maxTokenAge !== void 0 && presenceCheck.push("iat"), audience !== void 0 && presenceCheck.push("aud"), subject !== void 0 && presenceCheck.push("sub"), issuer !== void 0 && presenceCheck.push("iss");
  for (const claim of new Set(presenceCheck.reverse()))
    if (!Object.hasOwn(claimsSet, claim))
      throw new JWTClaimValidationFailed(`missing required "${claim}" claim`, claimsSet, claim, "missing");
  issuer !== void 0 && !(Array.isArray(issuer) ? issuer : [issuer]).includes(claimsSet.iss) && unexpectedClaim(claimsSet, "iss"), subject !== void 0 && claimsSet.sub !== subject && unexpectedClaim(claimsSet, "sub"), audience !== void 0 && !checkAudiencePresence(claimsSet.aud, typeof audience == "string" ? [audience] : audience) && unexpectedClaim(claimsSet, "aud");
  const { clockTolerance } = options;
  let tolerance = 0;
  if (typeof clockTolerance == "string")
    tolerance = secs(clockTolerance);
  else if (clockTolerance !== void 0) {
    if (typeof clockTolerance != "number")
      throw new TypeError("Invalid clockTolerance option type");
    tolerance = clockTolerance;
  }
  if (validateInput("clockTolerance option", tolerance), tolerance < 0)
    throw new TypeError("Invalid clockTolerance option input");
  const { currentDate } = options, now = validateInput("currentDate option", epoch(currentDate === void 0 ? /* @__PURE__ */ new Date() : currentDate)), iat = validateNumericDate(claimsSet, "iat", maxTokenAge !== void 0), nbf = validateNumericDate(claimsSet, "nbf");
  if (nbf !== void 0 && nbf > now + tolerance)
    throw new JWTClaimValidationFailed('"nbf" claim timestamp check failed', claimsSet, "nbf", checkFailed);
  const exp = validateNumericDate(claimsSet, "exp");
  if (exp !== void 0 && exp <= now - tolerance)
    throw new JWTExpired('"exp" claim timestamp check failed', claimsSet, "exp", checkFailed);
  if (maxTokenAge !== void 0) {
    const age = now - iat, max = validateInput("maxTokenAge option", typeof maxTokenAge == "number" ? maxTokenAge : secs(maxTokenAge));
    if (max < 0)
      throw new TypeError("Invalid maxTokenAge option input");
    if (age - tolerance > max)
      throw new JWTExpired('"iat" claim timestamp check failed (too far in the past)', claimsSet, "iat", checkFailed);
    if (age < -tolerance)
      throw new JWTClaimValidationFailed('"iat" claim timestamp check failed (it should be in the past)', claimsSet, "iat", checkFailed);
  }
  return claimsSet;
}
let producerClaimsSets;
function producerClaimsSet(producer) {
  return producerClaimsSets.get(producer);
}
function jwtClaimsSetBytes(producer) {
  const claimsSet = producerClaimsSet(producer);
  for (const claim of ["iat", "nbf", "exp"]) {
    const value = claimsSet[claim];
    if (typeof value == "number" && !Number.isFinite(value))
      throw new TypeError(`"${claim}" claim must be a finite number`);
  }
  return encoder.encode(JSON.stringify(claimsSet));
}
function jwtClaim(producer, claim) {
  return producerClaimsSet(producer)[claim];
}
class JWTClaimsBuilder {
  constructor(claimsSet = {}) {
    if (!isObject(claimsSet))
      throw new TypeError("JWT Claims Set MUST be an object");
    (producerClaimsSets ||= /* @__PURE__ */ new WeakMap()).set(this, structuredClone(claimsSet));
  }
  setIssuer(value) {
    return validateStringClaim("iss", value), producerClaimsSet(this).iss = value, this;
  }
  setSubject(value) {
    return validateStringClaim("sub", value), producerClaimsSet(this).sub = value, this;
  }
  setAudience(value) {
    return validateAudienceClaim(value), producerClaimsSet(this).aud = value, this;
  }
  setJti(value) {
    return validateStringClaim("jti", value), producerClaimsSet(this).jti = value, this;
  }
  setNotBefore(value) {
    return producerClaimsSet(this).nbf = numericDate(value, "setNotBefore"), this;
  }
  setExpirationTime(value) {
    return producerClaimsSet(this).exp = numericDate(value, "setExpirationTime"), this;
  }
  setIssuedAt(value) {
    const claimsSet = producerClaimsSet(this);
    return value === void 0 ? claimsSet.iat = epoch(/* @__PURE__ */ new Date()) : typeof value == "string" ? claimsSet.iat = validateInput("setIssuedAt", epoch(/* @__PURE__ */ new Date()) + secs(value)) : claimsSet.iat = numericDate(value, "setIssuedAt"), this;
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js



async function jwtVerify(jwt, key, options) {
  const [verified, b64] = await verifyCompact(jwt, prepareVerify(options), key);
  if (!b64)
    throw new JWTInvalid("JWTs MUST NOT use unencoded payload");
  const payload = validateClaimsSet(verified.protectedHeader, verified.payload, options);
  return { ...verified, payload };
}


;// CONCATENATED MODULE: ./packages/signing/src/oidc.ts
/**
 * The GitHub Actions OIDC token: the permission pre-check (before anything
 * is downloaded), fetching a token for an audience (masked at once), and
 * reading its claims, unverified (for messages) or verified against the
 * issuer's JWKS (what provenance records).
 *
 * The token is a credential: it never appears in an error message, a log
 * line or argv. Errors name the endpoint without its query string.
 */




const SIGSTORE_AUDIENCE = 'sigstore';
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** What a workflow step needs to gate itself on OIDC availability. */
const FORK_GATE_EXAMPLE = "if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository";
/**
 * Fails unless the job can request an OIDC token, with what to change:
 * `permissions: id-token: write`, or, on a pull request from a fork (where
 * GitHub hands out no token whatever the permissions say), how to skip the
 * step there.
 */
function requireIdToken(context, env) {
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        return;
    if (context.pullRequest?.fromFork) {
        throw new src/* ConfigurationError */.j1('No GitHub OIDC token is available: this run is for a pull request from a fork, and GitHub gives ' +
            'workflows triggered by fork pull requests no OIDC token (id-token: write is not granted to them). ' +
            'Keyless signing cannot work here; skip the signing step for fork pull requests, e.g. with\n' +
            `  ${FORK_GATE_EXAMPLE}`);
    }
    throw new src/* ConfigurationError */.j1('No GitHub OIDC token is available (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Keyless signing needs the ' +
        'job to be allowed to request one: add\n  permissions:\n    id-token: write\n' +
        '(plus packages: write to store signatures in GitHub Packages / ghcr.io, and contents: read) to the job or workflow.');
}
function endpointForMessages(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return 'the ID-token endpoint';
    }
}
/** The ID token from the endpoint's 200 answer (read with a 64 KiB cap: a token is a few KB). */
async function readIdToken(response, where) {
    let value;
    try {
        value = JSON.parse((await (0,src/* readCapped */.EF)(response, 64 * 1024, `The Actions ID-token endpoint (${where})`)).toString('utf8')).value;
    }
    catch (error) {
        if (error instanceof src/* SizeCapError */.k2 || error instanceof src/* BodyReadError */.NA)
            throw new src/* InfrastructureError */.EN(error.message, { cause: error });
        throw new src/* InfrastructureError */.EN(`The Actions ID-token endpoint (${where}) answered with something that is not JSON.`);
    }
    if (typeof value !== 'string' || value.split('.').length !== 3) {
        throw new src/* InfrastructureError */.EN(`The Actions ID-token endpoint (${where}) answered without a token.`);
    }
    return value;
}
/** Whether to retry the ID-token request after this outcome (5xx / 408 / 429 / network errors). */
async function judgeIdTokenOutcome(outcome, where, timeoutMs) {
    if ('error' in outcome) {
        const error = outcome.error;
        if (error instanceof src/* RedirectRefusedError */.jw)
            return { retry: false };
        const reason = error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : error.message;
        return { retry: true, why: `OIDC token request failed (could not reach ${where}: ${reason})` };
    }
    const response = outcome.value;
    if (response.ok || (0,retry/* classifyHttpStatus */.n1)(response.status) === 'permanent')
        return { retry: false };
    await response.body?.cancel().catch(() => undefined);
    const asked = (0,src/* parseRetryAfter */.mu)(response.headers.get('retry-after'));
    return {
        retry: true,
        why: `OIDC token request failed (HTTP ${response.status} from ${where})`,
        ...(asked !== undefined ? { waitMs: asked } : {}),
    };
}
/**
 * Requests an ID token for `audience` from the Actions ID-token endpoint
 * (the same protocol as @actions/core's getIDToken), masking it before it is
 * returned. 5xx / 429 / network errors are retried with action-kit's retry
 * policy (backoff with jitter, Retry-After); a 401/403 says what to check.
 */
async function getIdToken(audience = SIGSTORE_AUDIENCE, deps) {
    const { env } = deps;
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken) {
        throw new src/* ConfigurationError */.j1('No GitHub OIDC token is available (ACTIONS_ID_TOKEN_REQUEST_URL is not set); add `permissions: id-token: write` to the job.');
    }
    const doFetch = deps.fetch ?? fetch;
    const policy = deps.retry ?? retry/* DEFAULT_SERVICE_RETRY */.L2;
    const mask = deps.mask ?? ((secret) => core/* setSecret */.Pq(secret));
    const separator = requestUrl.includes('?') ? '&' : '?';
    const url = `${requestUrl}${separator}audience=${encodeURIComponent(audience)}`;
    const where = endpointForMessages(requestUrl);
    const end = await (0,src/* retryLoop */.rU)({ policy: (0,retry/* serviceRetryPolicy */._Y)(policy), sleep: deps.sleep ?? src/* realSleep */.uk, ...(deps.log ? { log: deps.log } : {}) }, 
    // Redirects by hand: never to plain HTTP off loopback, the request token never to another origin.
    () => (0,src/* fetchWithPolicy */.Vu)(doFetch, url, {
        headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
        signal: AbortSignal.timeout(policy.timeoutMs),
    }), (outcome) => judgeIdTokenOutcome(outcome, where, policy.timeoutMs));
    const { outcome, verdict } = end;
    if (verdict.retry) {
        const problem = verdict.why.replace(/^OIDC token request failed \((.*)\)$/, '$1');
        throw new src/* InfrastructureError */.EN(`Requesting a GitHub OIDC token failed after ${end.tries} tries: ${problem}.`);
    }
    if ('error' in outcome)
        throw outcome.error;
    const response = outcome.value;
    if (response.ok) {
        const value = await readIdToken(response, where);
        mask(value);
        return value;
    }
    await response.body?.cancel().catch(() => undefined);
    const problem = `HTTP ${response.status} from ${where}`;
    if (response.status === 401 || response.status === 403) {
        throw new src/* ConfigurationError */.j1(`The Actions ID-token endpoint refused the request (${problem}). Check that the job has \`permissions: id-token: write\` and that the token request is made from the job that was granted it.`);
    }
    throw new src/* InfrastructureError */.EN(`Requesting a GitHub OIDC token failed: ${problem}.`);
}
/** The claims of a token, NOT verified: for messages and pre-checks only. */
function decodeClaims(token) {
    try {
        return decodeJwt(token);
    }
    catch {
        throw new src/* InfrastructureError */.EN('The OIDC token could not be decoded (it is not a JWT).');
    }
}
/**
 * Verifies the token's signature against the issuer's JWKS
 * (`<issuer>/.well-known/jwks`, GitHub's layout), its `iss`, expiry and,
 * when given, audience; returns the verified claims. The issuer must be
 * https, except a loopback issuer (tests).
 */
async function verifyIdToken(token, issuer = GITHUB_ACTIONS_ISSUER, options = {}) {
    let base;
    try {
        base = new URL(issuer);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`The OIDC issuer '${issuer.slice(0, 200)}' is not a URL.`);
    }
    if (base.protocol !== 'https:' && !(base.protocol === 'http:' && (0,src/* isLoopbackHostname */.pq)(base.hostname))) {
        throw new src/* ConfigurationError */.j1(`The OIDC issuer must be an https URL (http is allowed for loopback test issuers only); got ${base.origin}.`);
    }
    const jwks = createRemoteJWKSet(new URL(`${issuer.replace(/\/+$/, '')}/.well-known/jwks`), {
        timeoutDuration: options.fetchTimeoutMs ?? 10_000,
    });
    try {
        const { payload } = await jwtVerify(token, jwks, {
            issuer,
            ...(options.audience ? { audience: options.audience } : {}),
            algorithms: ['RS256', 'ES256'],
        });
        return payload;
    }
    catch (error) {
        const code = error.code ?? 'ERR_JWT_INVALID';
        // jose's messages name claims, never the token itself.
        throw new src/* InfrastructureError */.EN(`The OIDC token could not be verified against ${issuer} (${code}): ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./packages/signing/src/instances.ts
/**
 * Sigstore instances and the private-repository rule.
 *
 * URLs as actions/toolkit's @actions/attest uses them
 * (packages/attest/src/endpoints.ts): public-good = fulcio.sigstore.dev +
 * rekor.sigstore.dev (a public transparency log); github = GitHub's own
 * Fulcio fulcio.githubapp.com + timestamp authority timestamp.githubapp.com
 * (no public log).
 */

const SIGSTORE_INSTANCE_NAMES = ['public-good', 'github', 'custom'];
const PUBLIC_GOOD_INSTANCE = Object.freeze({
    name: 'public-good',
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekorUrl: 'https://rekor.sigstore.dev',
    publicLog: true,
});
const GITHUB_INSTANCE = Object.freeze({
    name: 'github',
    fulcioUrl: 'https://fulcio.githubapp.com',
    tsaUrl: 'https://timestamp.githubapp.com',
    publicLog: false,
});
/**
 * The instance to sign with. `custom` needs fulcio-url, and rekor-url or
 * tsa-url (a signature needs a trusted time); URLs given with another
 * instance are refused rather than silently ignored.
 */
/** 127.0.0.0/8, ::1 and localhost: the only hosts plain http may reach. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/**
 * A Sigstore or OIDC service URL must be https: the OIDC token (a bearer
 * credential for the workflow's identity) and what is signed travel to it.
 * Plain http is accepted for loopback only (a local test stack or a proxy on
 * the runner). Returns the value; throws a ConfigurationError naming the input.
 */
function requireSecureServiceUrl(input, value) {
    if (!value)
        return value;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input \`${input}\` must be an https URL.`);
    }
    if (url.protocol === 'https:')
        return value;
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname))
        return value;
    throw new src/* ConfigurationError */.j1(`Input \`${input}\` must be an https URL (plain http only to a loopback address such as 127.0.0.1): the identity token and signatures would travel in clear to ${url.host.slice(0, 100)}.`);
}
function resolveSigstoreInstance(name, urls = {}) {
    const given = Object.keys(urls).filter((key) => urls[key]);
    const inputName = {
        fulcioUrl: 'fulcio-url',
        rekorUrl: 'rekor-url',
        tsaUrl: 'tsa-url',
        trustedRootPath: 'trusted-root',
    };
    if (name !== 'custom') {
        if (given.length > 0) {
            throw new src/* ConfigurationError */.j1(`${given.map((key) => `\`${inputName[key]}\``).join(', ')} only apply to \`sigstore-instance: custom\`; sigstore-instance is ${name}. Remove them, or set sigstore-instance: custom.`);
        }
        return { ...(name === 'public-good' ? PUBLIC_GOOD_INSTANCE : GITHUB_INSTANCE) };
    }
    if (!urls.fulcioUrl)
        throw new src/* ConfigurationError */.j1('`sigstore-instance: custom` needs `fulcio-url`.');
    if (!urls.rekorUrl && !urls.tsaUrl) {
        throw new src/* ConfigurationError */.j1('`sigstore-instance: custom` needs `rekor-url` or `tsa-url` (or both): a keyless signature needs a transparency log entry or a signed timestamp to be verifiable after the certificate expires.');
    }
    for (const key of ['fulcioUrl', 'rekorUrl', 'tsaUrl'])
        requireSecureServiceUrl(inputName[key], urls[key] ?? '');
    const rekorUrl = urls.rekorUrl?.replace(/\/+$/, '');
    return {
        name: 'custom',
        fulcioUrl: urls.fulcioUrl.replace(/\/+$/, ''),
        ...(rekorUrl ? { rekorUrl } : {}),
        ...(urls.tsaUrl ? { tsaUrl: urls.tsaUrl.replace(/\/+$/, '') } : {}),
        ...(urls.trustedRootPath ? { trustedRootPath: urls.trustedRootPath } : {}),
        // A custom log is the operator's; only the public-good host is known to be world-readable.
        publicLog: rekorUrl !== undefined && /^https:\/\/rekor\.sigstore\.dev$/i.test(rekorUrl),
    };
}
/**
 * Whether the repository is private (or internal): from the OIDC claims
 * (`repository_visibility`) when there are any, else the event payload
 * (`repository.private` / `repository.visibility`).
 */
function repositoryVisibility(claims, payload) {
    const claim = claims?.repository_visibility;
    if (typeof claim === 'string' && claim)
        return { private: claim !== 'public', source: `the OIDC token (repository_visibility: ${claim})` };
    const repository = payload.repository;
    if (repository && typeof repository === 'object') {
        const { private: isPrivate, visibility } = repository;
        if (typeof visibility === 'string' && visibility)
            return { private: visibility !== 'public', source: `the event payload (repository.visibility: ${visibility})` };
        if (typeof isPrivate === 'boolean')
            return { private: isPrivate, source: `the event payload (repository.private: ${isPrivate})` };
    }
    return undefined;
}
/**
 * The private-repository rule: a private repository signing on an instance
 * with a public log publishes its repository and workflow names (they are in
 * the certificate) to the world. That needs an explicit choice: GitHub's
 * instance, or `public-log: true`. Checked before anything is signed.
 * Returns a warning to log when the user acknowledged it.
 */
function enforcePublicLogPolicy(instance, visibility, acknowledged) {
    if (!instance.publicLog || !visibility?.private)
        return undefined;
    if (acknowledged) {
        return `This repository is private (${visibility.source}), and public-log: true was set: the repository name, workflow path and ref go into the public transparency log (${instance.rekorUrl}) with each signature.`;
    }
    throw new src/* ConfigurationError */.j1(`This repository is private (${visibility.source}), but sigstore-instance is ${instance.name}, whose transparency log (${instance.rekorUrl}) is public: ` +
        'each signature would publish the repository name, workflow path and ref to the world. Choose one:\n' +
        "  sigstore-instance: github   (GitHub's Sigstore instance: timestamped, no public log; use engine: sigstore)\n" +
        '  public-log: true            (acknowledge that these names become public)');
}
const KEYED_INSTANCE_NAMES = (/* unused pure expression or super */ null && (['public-good', 'custom']));
/**
 * The services of a keyed signature (actions/sign): no CA (the key signs),
 * the transparency log unless `tlog-upload: false` (cosign's flag of that
 * name), and for custom instances a timestamp authority when given.
 * public-good logs to rekor.sigstore.dev; custom needs rekor-url or tsa-url
 * unless the log is turned off. Contradictions are refused, not ignored.
 */
function resolveKeyedInstance(name, urls, tlogUpload) {
    if (name === 'public-good') {
        const given = [
            urls.rekorUrl && '`rekor-url`',
            urls.tsaUrl && '`tsa-url`',
            urls.trustedRootPath && '`trusted-root`',
        ];
        const named = given.filter(Boolean);
        if (named.length > 0)
            throw new ConfigurationError(`${named.join(', ')} only apply to \`sigstore-instance: custom\`; sigstore-instance is public-good.`);
        return {
            name: 'public-good',
            fulcioUrl: '',
            ...(tlogUpload ? { rekorUrl: PUBLIC_GOOD_INSTANCE.rekorUrl } : {}),
            publicLog: tlogUpload,
        };
    }
    if (!tlogUpload && urls.rekorUrl)
        throw new ConfigurationError('`rekor-url` is set but `tlog-upload` is false: remove one (nothing would be logged).');
    if (tlogUpload && !urls.rekorUrl)
        throw new ConfigurationError('`sigstore-instance: custom` with `tlog-upload: true` needs `rekor-url` (or set tlog-upload: false).');
    requireSecureServiceUrl('rekor-url', urls.rekorUrl ?? '');
    requireSecureServiceUrl('tsa-url', urls.tsaUrl ?? '');
    const rekorUrl = urls.rekorUrl?.replace(/\/+$/, '');
    return {
        name: 'custom',
        fulcioUrl: '',
        ...(rekorUrl ? { rekorUrl } : {}),
        ...(urls.tsaUrl ? { tsaUrl: urls.tsaUrl.replace(/\/+$/, '') } : {}),
        ...(urls.trustedRootPath ? { trustedRootPath: urls.trustedRootPath } : {}),
        publicLog: rekorUrl !== undefined && /^https:\/\/rekor\.sigstore\.dev$/i.test(rekorUrl),
    };
}

// EXTERNAL MODULE: ./packages/signing/src/bundle-info.ts
var bundle_info = __nccwpck_require__(4800);
;// CONCATENATED MODULE: ./packages/signing/src/sign-files.ts
/**
 * `files`: glob patterns in the workspace, expanded with node:fs's glob.
 * Every match must be a regular file whose real path (symlinks resolved)
 * stays in the workspace; bundles (*.sigstore.json) are never signed
 * again; a pattern that matches nothing is an error (a typo must not pass
 * as "signed nothing").
 */



const sign_files_BUNDLE_SUFFIX = '.sigstore.json';
/** More files than this in one step is almost certainly a pattern mistake. */
const MAX_FILES = 1000;
function sign_files_expandFiles(patterns, workspace) {
    const root = fs.realpathSync(workspace);
    const found = new Set();
    for (const pattern of patterns) {
        const matches = fs.globSync(pattern, { cwd: workspace }).sort();
        let matched = 0;
        for (const match of matches) {
            const absolute = path.resolve(workspace, match);
            if (absolute.endsWith(sign_files_BUNDLE_SUFFIX))
                continue;
            let real;
            try {
                real = fs.realpathSync(absolute);
            }
            catch {
                continue;
            }
            const stat = fs.statSync(real);
            if (!stat.isFile())
                continue;
            if (!isWithin(root, real)) {
                throw new ConfigurationError(`Input \`files\`: '${match.slice(0, 200)}' resolves outside the workspace (a symlink to ${real}); refusing to sign it.`);
            }
            found.add(absolute);
            matched += 1;
        }
        if (matched === 0)
            throw new ConfigurationError(`Input \`files\`: the pattern '${pattern.slice(0, 200)}' matches no file in the workspace (${workspace}).`);
    }
    if (found.size > MAX_FILES)
        throw new ConfigurationError(`Input \`files\` matches ${found.size} files; at most ${MAX_FILES} are signed in one step.`);
    return [...found].sort();
}

;// CONCATENATED MODULE: ./packages/signing/src/sign-summary.ts
/**
 * The job summary and the copy-paste verify commands (pure: data in,
 * Markdown out). Identities, paths and references are untrusted text (a
 * branch name can hold Markdown, HTML or shell syntax): they are escaped
 * for Markdown/HTML, and shell-quoted inside commands.
 */

/** POSIX shell single-quoting: safe for any string. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function signerArgs(options) {
    if (options.key !== undefined)
        return ` --key ${shellQuote(options.key)}${options.noTlog ? ' --insecure-ignore-tlog' : ''}`;
    return ` --certificate-identity ${shellQuote(options.identity)} --certificate-oidc-issuer ${shellQuote(options.issuer)}`;
}
function trustArgs(options) {
    return options.trustedRoot ? ` --trusted-root ${shellQuote(options.trustedRoot)}` : '';
}
/** `cosign verify` for an image by digest, with the exact (anchored) identity and issuer, or the key. */
function sign_summary_imageVerifyCommand(imageByDigest, options) {
    return `cosign verify ${shellQuote(imageByDigest)}${signerArgs(options)}${trustArgs(options)}`;
}
/** `cosign verify-blob` for a file and its bundle. */
function sign_summary_blobVerifyCommand(file, bundlePath, options) {
    return `cosign verify-blob ${shellQuote(file)} --bundle ${shellQuote(bundlePath)}${signerArgs(options)}${trustArgs(options)}`;
}
function logCell(row) {
    const parts = [];
    if (row.logIndex)
        parts.push(row.logUrl ? md.link(md.text(`#${row.logIndex}`), row.logUrl) : md.text(`#${row.logIndex}`));
    if (row.timestamps > 0)
        parts.push(md.text(`${row.timestamps} timestamp${row.timestamps === 1 ? '' : 's'}`));
    return parts.length > 0 ? md.join(parts, ', ') : md.text('none');
}
function renderSignSummary(data, options = {}) {
    const builder = new SummaryBuilder({
        itemNoun: ['signature', 'signatures'],
        seeAlso: 'the bundle-paths output',
        ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
    });
    const count = data.images.length + data.files.length;
    builder.heading(md.raw(`${data.key ? 'Keyed' : 'Keyless'} signing: ${count} signature${count === 1 ? '' : 's'}`), 2);
    const signer = data.key
        ? [md.raw('Signed with'), md.code(data.key)]
        : [
            md.raw('Signed by'),
            md.code(data.identity),
            md.raw('(OIDC issuer'),
            md.join([md.code(data.issuer), md.raw(')')], ''),
        ];
    builder.paragraph(md.join([
        ...signer,
        md.raw(`with the ${data.engine} engine on the`),
        md.text(data.instance),
        md.raw(`Sigstore instance${data.publicLog ? ' (public transparency log)' : ''}.`),
    ]));
    if (data.images.length > 0) {
        builder.table({
            headers: ['Image (by digest)', 'What', 'Stored in the registry', 'Transparency log'],
            rows: data.images.map((row) => [
                md.code(row.image),
                md.text(row.kind),
                row.stored
                    ? md.join([md.code(row.stored.location), md.text(`(${row.stored.via})`)])
                    : md.text('not pushed (push-to-registry: false)'),
                logCell(row),
            ]),
        });
    }
    if (data.files.length > 0) {
        builder.table({
            headers: ['File', 'SHA-256', 'Bundle', 'Transparency log'],
            rows: data.files.map((row) => [md.code(row.file), md.code(row.sha256), md.code(row.bundlePath), logCell(row)]),
        });
    }
    if (data.verifyCommands.length > 0) {
        builder.heading(md.raw('Verify'), 3);
        // A <pre> block is raw HTML to GitHub (no Markdown inside); the Markdown characters are entities all the same,
        // and the command copies back exactly (no mention separator in the identity's `@refs/…`).
        builder.markdown(md.raw(data.verifyCommands.map((command) => commandBlock(command)).join('\n')));
    }
    for (const note of data.notes)
        builder.paragraph(md.join([md.raw('> [!NOTE]\n>'), md.text(note)]));
    return builder.build();
}
/** Runs `sign`; when it fails, the job summary (if enabled) says that nothing of this step is reported as signed. */
async function withFailureSummary(summary, what, sign) {
    try {
        await sign();
    }
    catch (error) {
        if (summary)
            await writeJobSummary(failureSummaryMarkdown(`${what} did not complete (no signature of this step is reported as done)`, describeFailure(error)));
        throw error;
    }
}
/**
 * The job summary of a run: who signed (`who`: identity and issuer, or the key), the caller's notes, and
 * last the push-to-registry note when image signatures were kept as files only.
 */
async function writeSignedRunSummary(run, pushToRegistry, who, notes) {
    if (!pushToRegistry && run.plan)
        notes.push('push-to-registry is false: the image signatures exist only as the bundle files listed in bundle-paths.');
    await writeSignSummary({
        engine: run.engine.name,
        instance: run.instance.name,
        publicLog: run.instance.publicLog,
        ...who,
        images: run.set.imageRows,
        files: run.set.fileRows,
        verifyCommands: run.verifyCommands,
        notes,
    });
}
/** The job summary of a signing run (the budget left in the summary file applied). */
async function writeSignSummary(data) {
    const budgetBytes = await availableSummaryBytes();
    const summary = renderSignSummary(data, budgetBytes !== undefined ? { budgetBytes } : {});
    await writeJobSummary(summary.markdown);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./packages/tool-installer/src/index.ts + 13 modules
var tool_installer_src = __nccwpck_require__(8031);
;// CONCATENATED MODULE: ./packages/signing/src/sign-run.ts
/**
 * The steps sign-keyless and sign share, in the order they run: the registry
 * client, the image tag resolved to a digest once (and the platform
 * manifests of an index with `recursive`), cosign's registry credentials,
 * every digest and file signed, the outputs. What differs — who signs (the
 * workflow identity or a key) and the services — is the caller's.
 */









/** The cosign inputs both actions take (cosign-version, cosign-sha256, cosign-path, tools-mirror). */
function cosignInstallOptions(cosign) {
    return {
        ...(cosign.version ? { version: cosign.version } : {}),
        ...(cosign.sha256 ? { sha256: cosign.sha256 } : {}),
        ...(cosign.mirror ? { mirror: cosign.mirror } : {}),
        ...(cosign.path ? { path: cosign.path } : {}),
    };
}
function signingRegistryClient(inputs, options) {
    return registryClientForAction(inputs, options.actor, {
        mask: options.mask,
        debug: (message) => options.logger.debug(message),
    });
}
/** The image tag resolved to a digest ONCE (every later step uses digests); with `recursive`, each platform manifest too. */
/** `recursive: true`: every platform manifest of the index. */
const ALL_PLATFORMS = { all: true };
async function resolveImagePlan(image, recursive, registry, logger) {
    const ref = parseRegistryReference(image, { label: 'image' });
    const resolved = await registry.resolveImage(ref);
    if (ref.digest && ref.digest !== resolved.digest) {
        throw new InfrastructureError(`The registry served ${resolved.digest} for ${ref.name}; refusing to sign a different digest than the one asked for.`);
    }
    const repository = repositoryName(ref);
    const toTarget = (digest, mediaType, size) => ({
        reference: referenceWithDigest(ref, digest),
        repository,
        digest,
        mediaType,
        size,
    });
    const top = toTarget(resolved.digest, resolved.mediaType, resolved.size);
    logger.info(`${ref.name} resolved to ${repository}@${resolved.digest}${resolved.isIndex ? ` (an image index of ${resolved.platforms.length} platform manifests)` : ''}.`);
    const targets = [{ target: top, kind: resolved.isIndex ? 'image index' : 'image' }];
    if (resolved.isIndex && recursive) {
        // Bounded like provenance's and verify's platform: all (at most MAX_PLATFORM_MANIFESTS, one level,
        // each digest once): a hostile index cannot make the step sign without end.
        const manifests = selectPlatformManifests(resolved, ALL_PLATFORMS, `The image index ${resolved.digest}`);
        for (const platform of manifests) {
            targets.push({
                target: toTarget(platform.digest, platform.mediaType, platform.size),
                kind: platformName(platform.platform),
            });
        }
    }
    else if (resolved.isIndex) {
        logger.info('Only the index is signed; set recursive: true to sign every platform manifest too.');
    }
    return { ref, top, targets };
}
/**
 * cosign reads the image itself: explicit credentials, or for ghcr.io without a docker login the GitHub
 * token, reach it through a private docker config (never its command line).
 */
async function cosignRegistryAuth(plan, inputs, actor) {
    if (!plan)
        return undefined;
    if (inputs.registryUsername)
        return { registry: plan.ref.registry, username: inputs.registryUsername, password: inputs.registryPassword };
    if (plan.ref.registry === 'ghcr.io' && inputs.githubToken && !(await dockerConfigCredentials()('ghcr.io')))
        return { registry: 'ghcr.io', username: actor || 'x-access-token', password: inputs.githubToken };
    return undefined;
}
function bundleFileFor(outputDir, target) {
    const safeRepo = target.repository.replace(/[^A-Za-z0-9._-]+/g, '_');
    return path.join(outputDir, `${safeRepo}@${target.digest.replace(':', '-')}${BUNDLE_SUFFIX}`);
}
function logColumns(outcome) {
    return {
        ...(outcome.tlog
            ? { logIndex: outcome.tlog.logIndex, ...(outcome.tlog.url ? { logUrl: outcome.tlog.url } : {}) }
            : {}),
        timestamps: outcome.timestamps,
    };
}
/** Signs every image target (storing the bundle as a referrer with `push`) and every file (a bundle beside it). */
async function signTargets(engine, options) {
    const { logger } = options;
    fs.mkdirSync(options.outputDir, { recursive: true });
    const set = { imageRows: [], fileRows: [], outcomes: [], refs: [] };
    for (const { target, kind } of options.plan?.targets ?? []) {
        const outcome = await engine.signImage(target, {
            push: options.push,
            bundlePath: bundleFileFor(options.outputDir, target),
        });
        set.outcomes.push(outcome);
        const subject = `${target.repository}@${target.digest}`;
        const stored = outcome.stored;
        logger.info(`Signed ${subject} (${kind})${stored ? `; stored at ${stored.location} (${stored.via})` : ''}.`);
        if (stored)
            set.refs.push({ subject, location: stored.location, manifestDigest: stored.manifestDigest, via: stored.via });
        set.imageRows.push({
            image: subject,
            kind,
            bundlePath: outcome.bundlePath,
            ...(stored ? { stored: { location: stored.location, via: stored.via } } : {}),
            ...logColumns(outcome),
        });
    }
    for (const file of options.files) {
        const outcome = await engine.signBlob(file, { bundlePath: `${file}${BUNDLE_SUFFIX}` });
        set.outcomes.push(outcome);
        const relative = path.relative(options.workspace, file).split(path.sep).join('/');
        logger.info(`Signed ${relative}; bundle ${outcome.bundlePath}.`);
        set.fileRows.push({
            file: relative,
            sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
            bundlePath: path.relative(options.workspace, outcome.bundlePath).split(path.sep).join('/'),
            ...logColumns(outcome),
        });
    }
    return set;
}
/** The outputs of what was signed, with verify commands (the image by digest, the first three files); returns the commands. */
function reportSigned(setOutput, plan, set, options) {
    const verifyCommands = [
        ...(plan ? [imageVerifyCommand(`${plan.top.repository}@${plan.top.digest}`, options)] : []),
        ...set.fileRows.slice(0, 3).map((row) => blobVerifyCommand(row.file, row.bundlePath, options)),
    ];
    setSignOutputs(setOutput, plan, set, verifyCommands);
    return verifyCommands;
}
/** The outputs both actions set from what was signed (digest, image, bundle-paths, signature-refs, rekor-log-index, verify-command). */
function setSignOutputs(setOutput, plan, set, verifyCommands) {
    if (plan) {
        setOutput('digest', plan.top.digest);
        setOutput('image', `${plan.top.repository}@${plan.top.digest}`);
    }
    setOutput('bundle-paths', JSON.stringify(set.outcomes.map((outcome) => outcome.bundlePath)));
    setOutput('signature-refs', JSON.stringify(set.refs));
    const logIndex = set.outcomes.find((outcome) => outcome.tlog)?.tlog?.logIndex;
    if (logIndex)
        setOutput('rekor-log-index', logIndex);
    if (verifyCommands[0])
        setOutput('verify-command', verifyCommands[0]);
}
/** cosign installed (engine: cosign only), the registry client, the tag resolved once, and the engine. */
async function prepareSigning(inputs, options) {
    const { logger } = options;
    let cosign;
    if (inputs.engine === 'cosign') {
        cosign = await options.installCosign();
        logger.info(`cosign ${cosign.version} (${cosign.source}) at ${cosign.binary}`);
    }
    const registry = signingRegistryClient(inputs, {
        ...(options.actor ? { actor: options.actor } : {}),
        mask: options.mask,
        logger,
    });
    const plan = inputs.image ? await resolveImagePlan(inputs.image, inputs.recursive, registry, logger) : undefined;
    const registryAuth = cosign ? await cosignRegistryAuth(plan, inputs, options.actor) : undefined;
    const engine = await createSigningEngine({
        engine: inputs.engine,
        instance: options.instance,
        idToken: options.idToken,
        ...(options.key ? { key: options.key } : {}),
        registry,
        ...(options.retry ? { retry: options.retry } : {}),
        logger,
        now: options.now,
        ...(cosign
            ? {
                cosign: {
                    binary: cosign.binary,
                    tempDir: path.join(inputs.runnerTemp, options.tempDirName),
                    env: options.env,
                    ...(registryAuth ? { registryAuth } : {}),
                },
            }
            : {}),
    });
    return { engine, plan };
}
/**
 * The steps after who signs is settled, the same in both actions: the files expanded, cosign
 * installed (engine: cosign), the tag resolved once, the engine, every digest and file signed.
 */
async function signAll(inputs, deps, who, retry) {
    const files = inputs.files.length > 0 ? expandFiles(inputs.files, inputs.workspace) : [];
    const { engine, plan } = await prepareSigning(inputs, {
        ...who,
        installCosign: () => deps.installCosign(inputs),
        env: deps.env,
        ...(deps.context.actor ? { actor: deps.context.actor } : {}),
        mask: deps.mask,
        logger: deps.logger,
        ...(retry ? { retry } : {}),
        now: deps.now,
    });
    const set = await signTargets(engine, {
        plan,
        files,
        push: inputs.pushToRegistry,
        outputDir: inputs.outputDir,
        workspace: inputs.workspace,
        logger: deps.logger,
    });
    return { engine, plan, set };
}
function defaultSignDeps() {
    const runtime = actionRuntime();
    return {
        context: runtime.context,
        env: runtime.env,
        logger: runtime.logger,
        setOutput: runtime.setOutput,
        installCosign: (inputs) => new CosignInstaller().install(cosignInstallOptions(inputs.cosign)),
        mask: runtime.mask,
        now: runtime.now,
    };
}

;// CONCATENATED MODULE: ./packages/signing/src/sign-inputs.ts
/**
 * The inputs sign-keyless and sign share, read and validated in one place:
 * what to sign (image, files, recursive), the engine and cosign, where the
 * signatures go (push-to-registry, registry credentials, output-dir), the
 * summary and the token. Each action's inputs.ts adds who signs.
 */




const ENGINES = (/* unused pure expression or super */ null && (['cosign', 'sigstore']));
/** `files`: patterns relative to the workspace, without '..', at most 1024 characters each. */
function filePatterns() {
    const files = getList('files');
    for (const pattern of files) {
        if (pattern.length > 1024)
            throw new ConfigurationError(`Input \`files\`: a pattern is ${pattern.length} characters long; at most 1024 are accepted.`);
        if (path.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
            throw new ConfigurationError(`Input \`files\`: '${pattern.slice(0, 200)}' must be a pattern relative to the workspace, without '..'.`);
        }
    }
    return files;
}
/** `output-dir`: inside the workspace or RUNNER_TEMP, by path and by real path; default RUNNER_TEMP/<defaultName>. */
function getOutputDirInput(workspace, runnerTemp, defaultName) {
    const outputInput = (0,src/* getString */.AA)('output-dir', { maxLength: 1024 });
    if (!outputInput)
        return external_node_path_.join(runnerTemp, defaultName);
    const outputDir = (0,src/* validatePath */.iQ)('output-dir', outputInput, {
        base: workspace,
        withinBase: false,
        allowAbsolute: true,
    });
    if (!(0,src/* isWithin */.UO)(workspace, outputDir) && !(0,src/* isWithin */.UO)(runnerTemp, outputDir)) {
        throw new src/* ConfigurationError */.j1(`Input \`output-dir\` ('${outputInput.slice(0, 200)}') must be inside the workspace (${workspace}) or RUNNER_TEMP (${runnerTemp}).`);
    }
    // ...and by real path: a link in the checkout never takes the bundles elsewhere.
    (0,src/* assertConfined */.Lm)(outputDir, {
        name: 'output-dir',
        value: outputInput,
        roots: [workspace, runnerTemp],
        rootsLabel: 'the workspace and RUNNER_TEMP',
    });
    return outputDir;
}
function getSigningTargetInputs(env, options) {
    const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
    const runnerTemp = path.resolve(env.RUNNER_TEMP || path.join(workspace, '..', '_temp'));
    const imageInput = getString('image', { maxLength: 512 });
    const image = imageInput ? validateImageReference('image', imageInput) : '';
    const files = filePatterns();
    const recursive = getBoolean('recursive');
    const engine = getEnum('engine', ENGINES);
    const cosign = { ...getToolInputs('cosign'), mirror: getUrl('tools-mirror') };
    const pushToRegistry = getBoolean('push-to-registry');
    const registryUsername = getString('registry-username', { maxLength: 256 });
    const registryPassword = getSecret('registry-password');
    if ((registryUsername === '') !== (registryPassword === '')) {
        throw new ConfigurationError('Inputs `registry-username` and `registry-password` go together: set both or neither.');
    }
    const outputDir = getOutputDirInput(workspace, runnerTemp, options.defaultOutputDir);
    return {
        image,
        files,
        recursive,
        engine,
        cosign,
        pushToRegistry,
        registryUsername,
        registryPassword,
        outputDir,
        summary: getBoolean('summary'),
        githubToken: getSecret('github-token'),
        workspace,
        runnerTemp,
    };
}
/** `trusted-root`: an existing file, relative to the workspace or absolute; '' when not set. */
function getTrustedRootInput(workspace) {
    const value = (0,src/* getString */.AA)('trusted-root', { maxLength: 1024 });
    return value ? (0,src/* validatePath */.iQ)('trusted-root', value, { base: workspace, mustExist: 'file', allowAbsolute: true }) : '';
}
/** rekor-url, tsa-url (https, or http to loopback) and trusted-root: the services both kinds of signing may name. */
function getServiceInputs(workspace) {
    return {
        rekorUrl: requireSecureServiceUrl('rekor-url', (0,src/* getUrl */.ID)('rekor-url')),
        tsaUrl: requireSecureServiceUrl('tsa-url', (0,src/* getUrl */.ID)('tsa-url')),
        trustedRoot: getTrustedRootInput(workspace),
    };
}
/** The service inputs of a keyless signature (sign-keyless, provenance); their combinations are each action's to check. */
function getKeylessServiceInputs(workspace) {
    const instance = (0,src/* getEnum */.GV)('sigstore-instance', SIGSTORE_INSTANCE_NAMES);
    const publicLog = (0,src/* getBoolean */.pW)('public-log');
    const fulcioUrl = requireSecureServiceUrl('fulcio-url', (0,src/* getUrl */.ID)('fulcio-url'));
    return { instance, publicLog, fulcioUrl, ...getServiceInputs(workspace) };
}
/**
 * A multi-line secret (a PEM private key): masked whole and line by line (a
 * log line holds one line of it at most), control characters other than
 * line breaks refused, its format checked (pemKeyFormat) without ever
 * repeating it. '' when not set.
 */
function getPemSecret(name, mask) {
    const value = rawInput(name).replace(/\r\n/g, '\n');
    if (!value)
        return '';
    mask(value);
    for (const line of value.split('\n'))
        if (line.length >= 8 && !line.startsWith('-----'))
            mask(line);
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    if (/[\u0000-\u0009\u000B-\u001F\u007F\u2028\u2029]/.test(value))
        throw new ConfigurationError(`Input \`${name}\` contains a control character other than a line break.`);
    pemKeyFormat(name, value);
    return `${value}\n`;
}

;// CONCATENATED MODULE: ./packages/signing/src/signing-session.ts


/** The Sigstore instance the inputs name (custom: with their service URLs and trusted root). */
function keylessInstance(inputs) {
    return resolveSigstoreInstance(inputs.instance, {
        ...(inputs.fulcioUrl ? { fulcioUrl: inputs.fulcioUrl } : {}),
        ...(inputs.rekorUrl ? { rekorUrl: inputs.rekorUrl } : {}),
        ...(inputs.tsaUrl ? { tsaUrl: inputs.tsaUrl } : {}),
        ...(inputs.trustedRoot ? { trustedRootPath: inputs.trustedRoot } : {}),
    });
}
/**
 * Test hook: SCS_SIGSTORE_RETRY_BASE_MS shortens backoffs, and SCS_SIGSTORE_TIMEOUT_MS (with it) the
 * per-request timeout, for the integration and hostile tests (never set on a runner).
 */
function retryFromEnv(env) {
    const base = env.SCS_SIGSTORE_RETRY_BASE_MS;
    if (!base || !/^\d{1,5}$/.test(base))
        return undefined;
    const timeout = env.SCS_SIGSTORE_TIMEOUT_MS;
    const timeoutMs = timeout && /^\d{3,6}$/.test(timeout) ? Number(timeout) : 10_000;
    return { attempts: 4, baseDelayMs: Number(base), maxDelayMs: Number(base) * 8, timeoutMs, jitter: 0.5 };
}
/** Fetches the first OIDC token (audience sigstore) and returns the token source that hands it out first. */
async function openTokenSession(deps) {
    const { retry } = deps;
    const fetchToken = () => getIdToken(SIGSTORE_AUDIENCE, {
        env: deps.env,
        ...(deps.mask ? { mask: deps.mask } : {}),
        log: (message) => deps.logger.debug(message),
        ...(retry ? { retry } : {}),
    });
    const firstToken = await fetchToken();
    let unused = firstToken;
    const tokenSource = async () => {
        const value = unused;
        unused = undefined;
        return value ?? fetchToken();
    };
    return { firstToken, tokenSource };
}
/**
 * The private-repository rule (enforcePublicLogPolicy) for the repository the claims (else the event
 * payload) name: throws before anything is signed, or logs the warning when `public-log: true` acknowledged it.
 */
function applyPublicLogPolicy(instance, claims, payload, acknowledged, logger) {
    const warning = enforcePublicLogPolicy(instance, repositoryVisibility(claims, payload), acknowledged);
    if (warning)
        logger.warning(warning);
}

;// CONCATENATED MODULE: ./packages/signing/src/index.ts
/**
 * @scs/signing: Sigstore signing for the sign-keyless, sign (keyed) and
 * provenance actions.
 *
 *   requireIdToken(context, process.env);                       // before any download
 *   const instance = resolveSigstoreInstance('public-good');
 *   enforcePublicLogPolicy(instance, repositoryVisibility(claims, payload), acknowledged);
 *   const engine = await createSigningEngine({
 *     engine: 'sigstore', instance, registry,
 *     idToken: () => getIdToken('sigstore', { env: process.env }),
 *   });
 *   const outcome = await engine.signImage(target, { push: true, bundlePath });
 *   await engine.attest(statement, { bundlePath, pushTo: target });
 */




















/***/ }),

/***/ 7227:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ writeBundleFile),
/* harmony export */   Mm: () => (/* binding */ withStoredBundle),
/* harmony export */   lN: () => (/* binding */ outcomeFromBundle)
/* harmony export */ });
/* unused harmony exports tlogEntryUrl, signedAt, storeBundle */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4644);
/* harmony import */ var _bundle_info_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4800);
/**
 * What both engines do after a bundle exists and passed assertBundleSigns
 * (bundle-check.ts): write it, read its identity, and store it in the
 * registry — so the two produce the same artifacts.
 */




/** A link to the transparency-log entry: search.sigstore.dev for the public-good log, the log's API otherwise. */
function tlogEntryUrl(instance, logIndex) {
    if (!/^\d+$/.test(logIndex))
        return undefined;
    if (instance.name === 'public-good')
        return `https://search.sigstore.dev/?logIndex=${logIndex}`;
    if (instance.rekorUrl)
        return `${instance.rekorUrl}/api/v1/log/entries?logIndex=${logIndex}`;
    return undefined;
}
/**
 * Writes the bundle file (mode 0644, atomically: a half-written bundle never
 * stays behind), never through a link planted at its path or at a temporary
 * name (writeFileNoFollow).
 */
function writeBundleFile(bundlePath, json) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(bundlePath), { recursive: true });
    (0,_scs_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .writeFileNoFollow */ .qI)(bundlePath, json);
}
/** When the signature was made: the log's integrated time, else now (for the referrer's created annotation). */
function signedAt(info, now) {
    const seconds = info.tlog ? Number(info.tlog.integratedTime) : NaN;
    return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : now();
}
function outcomeFromBundle(bundle, bundlePath, instance, signer = 'certificate') {
    const info = (0,_bundle_info_js__WEBPACK_IMPORTED_MODULE_3__/* .bundleInfo */ .vN)(bundle, signer);
    const bundleJson = JSON.stringify(bundle);
    const url = info.tlog ? tlogEntryUrl(instance, info.tlog.logIndex) : undefined;
    return {
        info,
        outcome: {
            bundle,
            bundleJson,
            bundlePath,
            certificateIdentity: info.certificateIdentity,
            certificateIssuer: info.certificateIssuer,
            ...(info.publicKeyHint !== undefined ? { publicKeyHint: info.publicKeyHint } : {}),
            ...(info.tlog ? { tlog: { ...info.tlog, ...(url ? { url } : {}) } } : {}),
            timestamps: info.timestamps,
        },
    };
}
/** The outcome of a signature, with its bundle stored as a referrer of `pushTo` when that is given. */
async function withStoredBundle(registry, pushTo, made, now) {
    const { outcome, info } = made;
    if (!pushTo)
        return outcome;
    return { ...outcome, stored: await storeBundle(registry, pushTo, outcome.bundleJson, info, now, outcome.bundlePath) };
}
/** Stores the bundle as a referrer of the image (referrers API, else the sha256-<hex> tag index). */
async function storeBundle(registry, target, bundleJson, info, now, bundlePath) {
    if (!registry)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InfrastructureError */ .EN('No registry client was configured to store the signature (a bug in the caller).');
    let attached;
    try {
        attached = await attachTo(registry, target, bundleJson, info, now);
    }
    catch (error) {
        // Signed (and logged) but not stored: say so, so that nobody takes the bundle file for a stored signature.
        const kept = bundlePath ? ` Its bundle file is kept at ${bundlePath}.` : '';
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InfrastructureError */ .EN(`${error instanceof Error ? error.message : String(error)} The signature was made but is NOT stored in ${target.repository}; nothing is reported as signed.${kept}`, { cause: error });
    }
    return {
        repository: target.repository,
        manifestDigest: attached.manifestDigest,
        via: attached.via,
        location: attached.location,
    };
}
function attachTo(registry, target, bundleJson, info, now) {
    return registry.attachReferrer(target.reference, { mediaType: target.mediaType, digest: target.digest, size: target.size }, {
        bundle: Buffer.from(bundleJson, 'utf8'),
        content: info.content,
        ...(info.content === 'dsse-envelope' && info.predicateType ? { predicateType: info.predicateType } : {}),
        created: signedAt(info, now),
    });
}


/***/ }),

/***/ 5229:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* reexport safe */ _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__.EY),
/* harmony export */   Kr: () => (/* binding */ serviceFailure),
/* harmony export */   L2: () => (/* binding */ DEFAULT_SERVICE_RETRY),
/* harmony export */   UN: () => (/* binding */ serviceOfErrorCode),
/* harmony export */   V8: () => (/* binding */ sigstoreFetchOptions),
/* harmony export */   _Y: () => (/* binding */ serviceRetryPolicy),
/* harmony export */   n1: () => (/* binding */ classifyHttpStatus)
/* harmony export */ });
/* unused harmony export statusOf */
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4644);
/**
 * Retries around the Sigstore services (Fulcio, Rekor, TSA) and the OIDC
 * endpoint: bounded exponential backoff with jitter; 5xx, 408, 429, network
 * errors and timeouts are retried, other 4xx are not. The final failure is an
 * InfrastructureError (a ConfigurationError for what the user can fix) that
 * names the service and its URL.
 */

const DEFAULT_SERVICE_RETRY = Object.freeze({
    attempts: 4,
    baseDelayMs: 1000,
    maxDelayMs: 8000,
    timeoutMs: 30_000,
    jitter: 0.5,
});
/** The backoff before retry n (1-based): action-kit's, the one backoff of every HTTP client here. */

/**
 * The service policy as action-kit's retry policy: the sleep budget lets
 * every backoff run (each is at most maxDelayMs); a server's Retry-After
 * longer than what is left of it ends the retries.
 */
function serviceRetryPolicy(policy) {
    return {
        attempts: policy.attempts,
        baseDelayMs: policy.baseDelayMs,
        maxDelayMs: policy.maxDelayMs,
        budgetMs: Math.max(0, policy.attempts - 1) * policy.maxDelayMs,
        jitter: policy.jitter,
    };
}
/** Whether a retry may help after this HTTP status. */
function classifyHttpStatus(status) {
    return status === 408 || status === 429 || status >= 500 ? 'retryable' : 'permanent';
}
/**
 * The options @sigstore/sign's fetch layer takes (promise-retry): it retries
 * 5xx, 408, 429 and network errors itself, so the same request body is
 * resent — which is what makes a Rekor retry idempotent (a second submission
 * of the same entry gets 409 and the existing entry is fetched).
 * promise-retry's `randomize` multiplies each delay by a factor in [1, 2).
 */
function sigstoreFetchOptions(policy) {
    return {
        timeout: policy.timeoutMs,
        retry: {
            retries: Math.max(0, policy.attempts - 1),
            factor: 2,
            minTimeout: policy.baseDelayMs,
            maxTimeout: policy.maxDelayMs,
            randomize: policy.jitter > 0,
        },
    };
}
/** The HTTP status in an error or its causes (@sigstore/sign's HTTPError carries `statusCode`). */
function statusOf(error) {
    const seen = new Set();
    let current = error;
    while (current && typeof current === 'object' && !seen.has(current)) {
        seen.add(current);
        const { statusCode } = current;
        if (typeof statusCode === 'number')
            return statusCode;
        current = current.cause;
    }
    return undefined;
}
function innermostMessage(error) {
    const seen = new Set();
    let current = error;
    let message = '';
    while (current && typeof current === 'object' && !seen.has(current)) {
        seen.add(current);
        const m = current.message;
        if (typeof m === 'string' && m)
            message = m;
        current = current.cause;
    }
    return message || String(error);
}
/** Which Sigstore service an @sigstore/sign InternalError code is about. */
function serviceOfErrorCode(code) {
    if (!code)
        return undefined;
    if (code.startsWith('CA_'))
        return 'Fulcio';
    if (code.startsWith('TLOG_'))
        return 'Rekor';
    if (code.startsWith('TSA_'))
        return 'TSA';
    if (code.startsWith('IDENTITY_'))
        return 'OIDC';
    return undefined;
}
/**
 * Turns a failed call to a Sigstore service into an error that says which
 * service failed, at which URL, whether retrying was tried, and what to do.
 * A token must never reach this message: only status codes and the service's
 * own error text (which carries none) are used.
 */
function serviceFailure(service, url, error, policy) {
    const status = statusOf(error);
    const detail = innermostMessage(error).replace(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[token]');
    if (status !== undefined && classifyHttpStatus(status) === 'permanent') {
        if (service === 'Fulcio' && (status === 401 || status === 403)) {
            return new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Fulcio (${url}) refused the OIDC token (HTTP ${status}): ${detail}. The token must be issued for the audience 'sigstore' by an issuer this Fulcio trusts; for a custom instance check fulcio-url.`, { cause: error });
        }
        return new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${service} (${url}) rejected the request with HTTP ${status}: ${detail}. This is not retried.`, { cause: error });
    }
    const how = status !== undefined ? `HTTP ${status}` : detail;
    return new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${service} (${url}) did not answer successfully after ${policy.attempts} tries with backoff (${how}). Nothing was reported as signed; re-run the job when ${service} is available.`, { cause: error });
}


/***/ }),

/***/ 6830:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ KMS_CREDENTIAL_ENVIRONMENT),
/* harmony export */   LD: () => (/* binding */ kmsScheme),
/* harmony export */   PM: () => (/* binding */ loadPrivateKey),
/* harmony export */   kc: () => (/* binding */ publicKeyOf),
/* harmony export */   pf: () => (/* binding */ COSIGN_KEY_VARIABLE)
/* harmony export */ });
/* unused harmony exports KMS_SCHEMES, parseKmsUri, MAX_PEM_BYTES, pemKeyFormat */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4644);
/**
 * Keys that the user controls (actions/sign): a PEM private key from a secret,
 * or a key held in a KMS that cosign reaches by URI.
 *
 * What the real cosign 3.1.3 accepts (run here, test/interop/sign-keyed.test.ts):
 * `--key env://VAR` reads only cosign's own encrypted formats (`ENCRYPTED
 * SIGSTORE PRIVATE KEY`, `ENCRYPTED COSIGN PRIVATE KEY`, written by `cosign
 * generate-key-pair` / `import-key-pair`), with the password in
 * COSIGN_PASSWORD; a PKCS#8 `PRIVATE KEY` is refused ("unsupported pem type").
 * The in-process engine reads ECDSA P-256 PKCS#8 and SEC1 keys (node:crypto),
 * encrypted PKCS#8 with the password, and not cosign's format (scrypt + NaCl secretbox,
 * which node:crypto has no cipher for). Each engine refuses the other's format
 * with the command that converts it.
 *
 * KMS keys are cosign's alone: `awskms://`, `gcpkms://`, `azurekms://`,
 * `hashivault://`, each with the cloud's usual credential variables passed
 * into cosign's (otherwise allow-listed) environment.
 */


/** The environment variable cosign reads the PEM key from (`--key env://…`). */
const COSIGN_KEY_VARIABLE = 'COSIGN_PRIVATE_KEY';
const KMS_SCHEMES = ['awskms', 'gcpkms', 'azurekms', 'hashivault'];
/**
 * The credential variables each KMS provider's SDK reads, allowed into
 * cosign's environment when that provider is used (nothing else of the
 * runner's environment is). AWS_, AZURE_, GOOGLE_APPLICATION_CREDENTIALS and
 * CLOUDSDK_ are already in cosign's list (registry credential helpers).
 */
const KMS_CREDENTIAL_ENVIRONMENT = {
    awskms: ['AWS_'],
    gcpkms: ['GOOGLE_APPLICATION_CREDENTIALS', 'CLOUDSDK_', 'GOOGLE_CLOUD_PROJECT'],
    azurekms: ['AZURE_'],
    hashivault: ['VAULT_ADDR', 'VAULT_TOKEN', 'VAULT_NAMESPACE', 'VAULT_CACERT', 'TRANSIT_SECRET_ENGINE_PATH'],
};
/**
 * The reference formats, as cosign documents them (docs.sigstore.dev "Signing
 * with Self-Managed Keys"): nothing outside these shapes reaches cosign.
 */
const KMS_PATTERNS = {
    // awskms:///1234abcd-…, awskms:///arn:aws:kms:us-east-2:111122223333:key/…, awskms://host:port/alias/name
    awskms: /^awskms:\/\/(?:[A-Za-z0-9.-]{1,253}(?::\d{1,5})?)?\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|alias\/[A-Za-z0-9/_-]{1,250}|arn:aws[a-z-]*:kms:[a-z0-9-]{1,30}:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[A-Za-z0-9/_-]{1,250}))$/,
    // gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/V]
    gcpkms: /^gcpkms:\/\/projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/locations\/[a-z0-9-]{1,64}\/keyRings\/[A-Za-z0-9_-]{1,63}\/cryptoKeys\/[A-Za-z0-9_-]{1,63}(?:\/cryptoKeyVersions\/\d{1,10})?$/,
    // azurekms://VAULT.vault.azure.net/KEY[/VERSION]
    azurekms: /^azurekms:\/\/[A-Za-z0-9-]{3,24}\.vault\.(?:azure\.net|azure\.cn|usgovcloudapi\.net)\/[A-Za-z0-9-]{1,127}(?:\/[0-9a-f]{32})?$/,
    // hashivault://KEYNAME (the address is VAULT_ADDR)
    hashivault: /^hashivault:\/\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/,
};
/** The KMS URI, validated; a ConfigurationError naming `input` when it is not one cosign documents. */
function parseKmsUri(input, value) {
    const scheme = /^([a-z]+):\/\//.exec(value)?.[1];
    if (!scheme || !KMS_SCHEMES.includes(scheme)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${input}\` must be a KMS key URI with one of the schemes ${KMS_SCHEMES.map((s) => `${s}://`).join(', ')} (got '${value.slice(0, 40)}…').`);
    }
    const kms = scheme;
    if (!KMS_PATTERNS[kms].test(value)) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${input}\`: '${value.slice(0, 200)}' is not a ${kms}:// key reference in the form cosign documents (see the sign README); refusing it rather than letting cosign guess.`);
    }
    return { uri: value, scheme: kms };
}
function kmsScheme(uri) {
    return parseKmsUri('kms-key', uri).scheme;
}
const PEM_LABELS = {
    'ENCRYPTED SIGSTORE PRIVATE KEY': 'cosign',
    'ENCRYPTED COSIGN PRIVATE KEY': 'cosign',
    'PRIVATE KEY': 'pkcs8',
    'ENCRYPTED PRIVATE KEY': 'pkcs8-encrypted',
    'EC PRIVATE KEY': 'sec1',
    'RSA PRIVATE KEY': 'pkcs1',
};
/** At most this many bytes of PEM (an RSA-4096 key is about 3.3 kB). */
const MAX_PEM_BYTES = 16 * 1024;
/**
 * The format of a PEM private key, from its one PEM block. A value that is
 * not exactly one private-key block (a path, a public key, a certificate,
 * several blocks) is refused: the message never repeats the value.
 */
function pemKeyFormat(input, pem) {
    if (pem.length > MAX_PEM_BYTES)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${input}\` is ${pem.length} bytes; a PEM private key is at most ${MAX_PEM_BYTES}.`);
    const blocks = [...pem.matchAll(/-----BEGIN ([A-Z0-9 ]{1,40})-----/g)];
    if (blocks.length === 0) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${input}\` is not a PEM private key (no -----BEGIN … PRIVATE KEY----- block). Pass the key's content from a secret (\${{ secrets.COSIGN_PRIVATE_KEY }}), not a path; a KMS key goes in \`kms-key\`.`);
    }
    if (blocks.length > 1)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${input}\` holds ${blocks.length} PEM blocks; give exactly one private key.`);
    const label = blocks[0][1];
    const format = PEM_LABELS[label];
    if (!format) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${input}\` holds a PEM block '${label}', not a private key (a public key or certificate belongs in verify's \`public-key\`).`);
    }
    if (!new RegExp(`-----END ${label}-----\\s*$`).test(pem))
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${input}\`: the PEM block '${label}' is not closed by its END line.`);
    return format;
}
/** The private key for the in-process engine: ECDSA P-256 in PKCS#8 or SEC1 PEM (encrypted PKCS#8 with the password). */
function loadPrivateKey(pem, password) {
    const format = pemKeyFormat('key', pem);
    if (format === 'cosign') {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input `key` is a cosign-encrypted key (ENCRYPTED SIGSTORE/COSIGN PRIVATE KEY), which only engine: cosign reads. Use engine: cosign, or give engine: sigstore the key as PKCS#8 PEM (the form `cosign import-key-pair` imports).');
    }
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', ...(password ? { passphrase: password } : {}) });
    }
    catch (error) {
        const code = error.code ?? '';
        const hint = /PASSPHRASE|DECRYPT|BAD_DECRYPT/i.test(`${code} ${String(error)}`)
            ? ' (wrong or missing `key-password`?)'
            : '';
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`key\`: the private key cannot be read${hint}.`);
    }
    // ECDSA P-256 with SHA-256: cosign's own key type, and the one every Sigstore verifier checks the same way.
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        const what = key.asymmetricKeyType === 'ec' ? `EC ${key.asymmetricKeyDetails?.namedCurve ?? '?'}` : key.asymmetricKeyType;
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`key\`: engine: sigstore signs with ECDSA P-256 keys (cosign's key type); this is a ${what ?? 'unknown'} key. Use engine: cosign for other key types.`);
    }
    return key;
}
/** The public key (SPKI PEM) of a private key, and the hint cosign writes into bundles: base64(sha256(SPKI DER)). */
function publicKeyOf(key) {
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key);
    const der = publicKey.export({ type: 'spki', format: 'der' });
    return {
        pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        hint: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('base64'),
    };
}


/***/ }),

/***/ 3558:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ validateStatement)
/* harmony export */ });
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4644);
/* harmony import */ var _image_signature_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1593);
/**
 * The minimum every statement must satisfy before it is signed (the full
 * in-toto validation is @scs/attestation's): a Statement v1 type, a
 * predicate type, subjects with digests, and — when the bundle is stored as
 * a referrer of an image — that image among the subjects.
 */


function validateStatement(statement, pushTo) {
    if (statement._type !== _image_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_STATEMENT_V1 */ .tV) {
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The statement's _type must be ${_image_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_STATEMENT_V1 */ .tV}; got '${String(statement._type).slice(0, 100)}'.`);
    }
    if (typeof statement.predicateType !== 'string' || !statement.predicateType)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('The statement has no predicateType.');
    if (!Array.isArray(statement.subject) || statement.subject.length === 0)
        throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('The statement has no subject.');
    for (const subject of statement.subject) {
        const digests = subject && typeof subject.digest === 'object' && subject.digest ? Object.entries(subject.digest) : [];
        if (digests.length === 0)
            throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Subject '${String(subject?.name).slice(0, 100)}' has no digest.`);
    }
    if (pushTo) {
        const hex = pushTo.digest.replace(/^sha256:/, '');
        if (!statement.subject.some((subject) => subject.digest.sha256 === hex)) {
            throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The statement is to be stored with ${pushTo.repository}@${pushTo.digest}, but none of its subjects has that digest.`);
        }
    }
}


/***/ }),

/***/ 2750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ cachedTokenSource)
/* harmony export */ });
/** Wraps an OIDC token source so that a token is reused until shortly before it expires. */
function cachedTokenSource(source, now = Date.now) {
    let cached;
    return async () => {
        if (cached && cached.expiresAt - 60_000 > now())
            return cached.token;
        const token = await source();
        let expiresAt = now() + 60_000;
        try {
            const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
            if (typeof payload.exp === 'number')
                expiresAt = payload.exp * 1000;
        }
        catch {
            // not decodable: use it once
        }
        cached = { token, expiresAt };
        return token;
    };
}


/***/ }),

/***/ 8031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CosignInstaller: () => (/* reexport */ CosignInstaller),
  GITHUB_BASE_URL: () => (/* reexport */ GITHUB_BASE_URL),
  GrypeInstaller: () => (/* reexport */ GrypeInstaller),
  INSTALL_RECORD_FILE: () => (/* reexport */ INSTALL_RECORD_FILE),
  PinManifestError: () => (/* reexport */ PinManifestError),
  SyftInstaller: () => (/* reexport */ SyftInstaller),
  TOOL_NAMES: () => (/* reexport */ TOOL_NAMES),
  TOOL_SPECS: () => (/* reexport */ TOOL_SPECS),
  ToolInstaller: () => (/* reexport */ ToolInstaller),
  TrivyInstaller: () => (/* reexport */ TrivyInstaller),
  VERIFIED_ASSET_DIR: () => (/* reexport */ VERIFIED_ASSET_DIR),
  assetFormat: () => (/* reexport */ assetFormat),
  checksumsUrl: () => (/* reexport */ checksumsUrl),
  defaultInstallerDeps: () => (/* reexport */ defaultInstallerDeps),
  execRunner: () => (/* reexport */ execRunner),
  isSha256: () => (/* reexport */ isSha256),
  loadPinManifest: () => (/* reexport */ loadPinManifest),
  normalizeSha256: () => (/* reexport */ normalizeSha256),
  parsePinManifest: () => (/* reexport */ parsePinManifest),
  parseVersionOutput: () => (/* reexport */ parseVersionOutput),
  pinnedAsset: () => (/* reexport */ pinnedAsset),
  probeVersion: () => (/* reexport */ probeVersion),
  publishedPlatforms: () => (/* reexport */ publishedPlatforms),
  releaseAssetName: () => (/* reexport */ releaseAssetName),
  releaseAssetUrl: () => (/* reexport */ releaseAssetUrl),
  sha256File: () => (/* reexport */ digest/* sha256File */.Q3),
  toolCacheExtractor: () => (/* reexport */ toolCacheExtractor),
  validateExecutablePath: () => (/* reexport */ validateExecutablePath),
  validateMirrorUrl: () => (/* reexport */ validateMirrorUrl)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(2543);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 17 modules
var src = __nccwpck_require__(4644);
;// CONCATENATED MODULE: ./packages/tool-installer/src/http-download.ts





class DownloadHttpError extends Error {
    httpStatusCode;
    retryAfterMs;
    name = 'DownloadHttpError';
    constructor(httpStatusCode, 
    /** What the server's Retry-After asked for, in ms. */
    retryAfterMs) {
        super(`HTTP ${httpStatusCode}`);
        this.httpStatusCode = httpStatusCode;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The download did not finish in time (not retried: a slow mirror stays slow). */
class DownloadDeadlineError extends Error {
    name = 'DownloadDeadlineError';
}
/** The body is larger than any release asset this installer downloads. */
class DownloadTooLargeError extends Error {
    name = 'DownloadTooLargeError';
}
const DEFAULT_ATTEMPT_DEADLINE_MS = 10 * 60_000;
const DEFAULT_TOTAL_DEADLINE_MS = 15 * 60_000;
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024;
const RETRYABLE = (status) => status >= 500 || status === 408 || status === 429;
/** Whether a failed attempt may be retried: 5xx / 408 / 429 and network errors, never a deadline or an oversized body. */
function retryable(error) {
    if (error instanceof DownloadDeadlineError || error instanceof DownloadTooLargeError)
        return false;
    return !(error instanceof DownloadHttpError) || RETRYABLE(error.httpStatusCode);
}
/**
 * The downloader: @actions/http-client on the wire (the runner's proxy
 * settings apply), action-kit's retry loop around it (one retry policy:
 * bounded tries, exponential backoff, the total deadline as the bound of
 * every wait).
 */
function httpDownloader(options = {}) {
    const attempts = options.attempts ?? 3;
    const total = options.totalDeadlineMs ?? DEFAULT_TOTAL_DEADLINE_MS;
    const policy = {
        attempts,
        baseDelayMs: options.retryDelayMs ?? 2000,
        maxDelayMs: Number.MAX_SAFE_INTEGER,
        budgetMs: total,
    };
    return async (url, dest) => {
        const deadlineAt = Date.now() + total;
        let tries = 0;
        const end = await (0,src/* retryLoop */.rU)({ policy, sleep: options.sleep ?? src/* realSleep */.uk, ...(options.log ? { log: options.log } : {}) }, () => downloadOnce(url, dest, options, deadlineAt), async (outcome) => {
            tries += 1;
            if (!('error' in outcome))
                return { retry: false };
            await (0,promises_.rm)(dest, { force: true });
            if (!retryable(outcome.error))
                return { retry: false };
            // The server's Retry-After, else the backoff; waited only when the total deadline is still ahead after it.
            const asked = outcome.error instanceof DownloadHttpError ? outcome.error.retryAfterMs : undefined;
            const delay = asked ?? (0,src/* backoffDelay */.EY)(tries, policy);
            if (Date.now() + delay >= deadlineAt)
                return { retry: false };
            const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
            return { retry: true, why: `Download attempt ${tries} of ${attempts} failed (${message})`, waitMs: delay };
        });
        if ('error' in end.outcome)
            throw end.outcome.error;
        return dest;
    };
}
async function downloadOnce(url, dest, options, deadlineAt) {
    const total = options.totalDeadlineMs ?? DEFAULT_TOTAL_DEADLINE_MS;
    const perAttempt = options.attemptDeadlineMs ?? DEFAULT_ATTEMPT_DEADLINE_MS;
    const limitMs = Math.max(0, Math.min(perAttempt, deadlineAt - Date.now()));
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
    const client = new lib/* HttpClient */.Qq(options.userAgent ?? 'supply-chain-actions', [], {
        allowRetries: false,
        socketTimeout: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    });
    let received = 0;
    let message;
    let timer;
    const deadline = new Promise((_resolve, reject) => {
        timer = setTimeout(() => {
            const which = limitMs < perAttempt
                ? `the ${Math.round(total / 1000)} s total deadline for all attempts`
                : `the ${Math.round(perAttempt / 1000)} s deadline per attempt`;
            const error = new DownloadDeadlineError(`the download did not finish within ${which} (${received} bytes received; the mirror or the network is too slow, or stalls on purpose)`);
            message?.destroy(error);
            client.dispose();
            reject(error);
        }, limitMs);
    });
    const work = (async () => {
        const response = await client.get(url);
        message = response.message;
        const status = response.message.statusCode ?? 0;
        if (status !== 200) {
            response.message.resume();
            const retryAfter = response.message.headers['retry-after'];
            throw new DownloadHttpError(status, (0,src/* parseRetryAfter */.mu)(typeof retryAfter === 'string' ? retryAfter : undefined));
        }
        const declared = Number(response.message.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > maxBytes) {
            response.message.destroy();
            throw new DownloadTooLargeError(`the server announces ${declared} bytes, over the ${maxBytes}-byte limit for a release asset`);
        }
        response.message.on('data', (chunk) => {
            received += chunk.length;
            if (received > maxBytes)
                response.message.destroy(new DownloadTooLargeError(`more than ${maxBytes} bytes, the limit for a release asset`));
        });
        await (0,external_node_stream_promises_namespaceObject.pipeline)(response.message, external_node_fs_.createWriteStream(dest));
        if (Number.isFinite(declared) && received !== declared) {
            throw new Error(`the connection closed after ${received} of ${declared} bytes`);
        }
    })();
    work.catch(() => undefined); // settled by the race below; a late rejection after the deadline is expected
    try {
        await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
        client.dispose();
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var lib_core = __nccwpck_require__(6058);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var lib_io = __nccwpck_require__(8701);
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/node_modules/semver/index.js
var node_modules_semver = __nccwpck_require__(885);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/manifest.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





// Internal object for testability (allows mocking in ESM)
const _internal = {
    readLinuxVersionFile() {
        const lsbReleaseFile = '/etc/lsb-release';
        const osReleaseFile = '/etc/os-release';
        let contents = '';
        if (external_fs_.existsSync(lsbReleaseFile)) {
            contents = external_fs_.readFileSync(lsbReleaseFile).toString();
        }
        else if (external_fs_.existsSync(osReleaseFile)) {
            contents = external_fs_.readFileSync(osReleaseFile).toString();
        }
        return contents;
    }
};
function _findMatch(versionSpec, stable, candidates, archFilter) {
    return __awaiter(this, void 0, void 0, function* () {
        const platFilter = os.platform();
        let result;
        let match;
        let file;
        for (const candidate of candidates) {
            const version = candidate.version;
            debug(`check ${version} satisfies ${versionSpec}`);
            if (semver.satisfies(version, versionSpec) &&
                (!stable || candidate.stable === stable)) {
                file = candidate.files.find(item => {
                    debug(`${item.arch}===${archFilter} && ${item.platform}===${platFilter}`);
                    let chk = item.arch === archFilter && item.platform === platFilter;
                    if (chk && item.platform_version) {
                        const osVersion = _getOsVersion();
                        if (osVersion === item.platform_version) {
                            chk = true;
                        }
                        else {
                            chk = semver.satisfies(osVersion, item.platform_version);
                        }
                    }
                    return chk;
                });
                if (file) {
                    debug(`matched ${candidate.version}`);
                    match = candidate;
                    break;
                }
            }
        }
        if (match && file) {
            // clone since we're mutating the file list to be only the file that matches
            result = Object.assign({}, match);
            result.files = [file];
        }
        return result;
    });
}
function _getOsVersion() {
    // TODO: add windows and other linux, arm variants
    // right now filtering on version is only an ubuntu and macos scenario for tools we build for hosted (python)
    const plat = os.platform();
    let version = '';
    if (plat === 'darwin') {
        version = cp.execSync('sw_vers -productVersion').toString();
    }
    else if (plat === 'linux') {
        // lsb_release process not in some containers, readfile
        // Run cat /etc/lsb-release
        // DISTRIB_ID=Ubuntu
        // DISTRIB_RELEASE=18.04
        // DISTRIB_CODENAME=bionic
        // DISTRIB_DESCRIPTION="Ubuntu 18.04.4 LTS"
        const lsbContents = _internal.readLinuxVersionFile();
        if (lsbContents) {
            const lines = lsbContents.split('\n');
            for (const line of lines) {
                const parts = line.split('=');
                if (parts.length === 2 &&
                    (parts[0].trim() === 'VERSION_ID' ||
                        parts[0].trim() === 'DISTRIB_RELEASE')) {
                    version = parts[1].trim().replace(/^"/, '').replace(/"$/, '');
                    break;
                }
            }
        }
    }
    return version;
}
// Alias for backwards compatibility
function _readLinuxVersionFile() {
    return _internal.readLinuxVersionFile();
}
//# sourceMappingURL=manifest.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __nccwpck_require__(2203);
// EXTERNAL MODULE: external "util"
var external_util_ = __nccwpck_require__(9023);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 2 modules
var lib_exec = __nccwpck_require__(5260);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/retry-helper.js
var retry_helper_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

/**
 * Internal class for retries
 */
class retry_helper_RetryHelper {
    constructor(maxAttempts, minSeconds, maxSeconds) {
        if (maxAttempts < 1) {
            throw new Error('max attempts should be greater than or equal to 1');
        }
        this.maxAttempts = maxAttempts;
        this.minSeconds = Math.floor(minSeconds);
        this.maxSeconds = Math.floor(maxSeconds);
        if (this.minSeconds > this.maxSeconds) {
            throw new Error('min seconds should be less than or equal to max seconds');
        }
    }
    execute(action, isRetryable) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            let attempt = 1;
            while (attempt < this.maxAttempts) {
                // Try
                try {
                    return yield action();
                }
                catch (err) {
                    if (isRetryable && !isRetryable(err)) {
                        throw err;
                    }
                    core.info(err.message);
                }
                // Sleep
                const seconds = this.getSleepAmount();
                core.info(`Waiting ${seconds} seconds before trying again`);
                yield this.sleep(seconds);
                attempt++;
            }
            // Last attempt
            return yield action();
        });
    }
    getSleepAmount() {
        return (Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) +
            this.minSeconds);
    }
    sleep(seconds) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            return new Promise(resolve => setTimeout(resolve, seconds * 1000));
        });
    }
}
//# sourceMappingURL=retry-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js
var tool_cache_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};














class HTTPError extends Error {
    constructor(httpStatusCode) {
        super(`Unexpected HTTP response: ${httpStatusCode}`);
        this.httpStatusCode = httpStatusCode;
        Object.setPrototypeOf(this, new.target.prototype);
    }
}
const IS_WINDOWS = process.platform === 'win32';
const IS_MAC = process.platform === 'darwin';
const userAgent = 'actions/tool-cache';
/**
 * Download a tool from an url and stream it into a file
 *
 * @param url       url of tool to download
 * @param dest      path to download tool
 * @param auth      authorization header
 * @param headers   other headers
 * @returns         path to downloaded tool
 */
function downloadTool(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        dest = dest || path.join(_getTempDirectory(), crypto.randomUUID());
        yield io.mkdirP(path.dirname(dest));
        core.debug(`Downloading ${url}`);
        core.debug(`Destination ${dest}`);
        const maxAttempts = 3;
        const minSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS', 10);
        const maxSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS', 20);
        const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
        return yield retryHelper.execute(() => tool_cache_awaiter(this, void 0, void 0, function* () {
            return yield downloadToolAttempt(url, dest || '', auth, headers);
        }), (err) => {
            if (err instanceof HTTPError && err.httpStatusCode) {
                // Don't retry anything less than 500, except 408 Request Timeout and 429 Too Many Requests
                if (err.httpStatusCode < 500 &&
                    err.httpStatusCode !== 408 &&
                    err.httpStatusCode !== 429) {
                    return false;
                }
            }
            // Otherwise retry
            return true;
        });
    });
}
function downloadToolAttempt(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (fs.existsSync(dest)) {
            throw new Error(`Destination file path ${dest} already exists`);
        }
        // Get the response headers
        const http = new httpm.HttpClient(userAgent, [], {
            allowRetries: false
        });
        if (auth) {
            core.debug('set auth');
            if (headers === undefined) {
                headers = {};
            }
            headers.authorization = auth;
        }
        const response = yield http.get(url, headers);
        if (response.message.statusCode !== 200) {
            const err = new HTTPError(response.message.statusCode);
            core.debug(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
            throw err;
        }
        // Download the response body
        const pipeline = util.promisify(stream.pipeline);
        const responseMessageFactory = _getGlobal('TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY', () => response.message);
        const readStream = responseMessageFactory();
        let succeeded = false;
        try {
            yield pipeline(readStream, fs.createWriteStream(dest));
            core.debug('download complete');
            succeeded = true;
            return dest;
        }
        finally {
            // Error, delete dest before retry
            if (!succeeded) {
                core.debug('download failed');
                try {
                    yield io.rmRF(dest);
                }
                catch (err) {
                    core.debug(`Failed to delete '${dest}'. ${err.message}`);
                }
            }
        }
    });
}
/**
 * Extract a .7z file
 *
 * @param file     path to the .7z file
 * @param dest     destination directory. Optional.
 * @param _7zPath  path to 7zr.exe. Optional, for long path support. Most .7z archives do not have this
 * problem. If your .7z archive contains very long paths, you can pass the path to 7zr.exe which will
 * gracefully handle long paths. By default 7zdec.exe is used because it is a very small program and is
 * bundled with the tool lib. However it does not support long paths. 7zr.exe is the reduced command line
 * interface, it is smaller than the full command line interface, and it does support long paths. At the
 * time of this writing, it is freely available from the LZMA SDK that is available on the 7zip website.
 * Be sure to check the current license agreement. If 7zr.exe is bundled with your action, then the path
 * to 7zr.exe can be pass to this function.
 * @returns        path to the destination directory
 */
function extract7z(file, dest, _7zPath) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        ok(IS_WINDOWS, 'extract7z() not supported on current OS');
        ok(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        const originalCwd = process.cwd();
        process.chdir(dest);
        if (_7zPath) {
            try {
                const logLevel = core.isDebug() ? '-bb1' : '-bb0';
                const args = [
                    'x', // eXtract files with full paths
                    logLevel, // -bb[0-3] : set output log level
                    '-bd', // disable progress indicator
                    '-sccUTF-8', // set charset for for console input/output
                    file
                ];
                const options = {
                    silent: true
                };
                yield exec(`"${_7zPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        else {
            const escapedScript = path
                .join(__dirname, '..', 'scripts', 'Invoke-7zdec.ps1')
                .replace(/'/g, "''")
                .replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
            const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const escapedTarget = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const command = `& '${escapedScript}' -Source '${escapedFile}' -Target '${escapedTarget}'`;
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                command
            ];
            const options = {
                silent: true
            };
            try {
                const powershellPath = yield io.which('powershell', true);
                yield exec(`"${powershellPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        return dest;
    });
}
/**
 * Extract a compressed tar archive
 *
 * @param file     path to the tar
 * @param dest     destination directory. Optional.
 * @param flags    flags for the tar command to use for extraction. Defaults to 'xz' (extracting gzipped tars). Optional.
 * @returns        path to the destination directory
 */
function extractTar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = 'xz') {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        // Create dest
        dest = yield _createExtractFolder(dest);
        // Determine whether GNU tar
        lib_core/* debug */.Yz('Checking tar --version');
        let versionOutput = '';
        yield (0,lib_exec/* exec */.m)('tar --version', [], {
            ignoreReturnCode: true,
            silent: true,
            listeners: {
                stdout: (data) => (versionOutput += data.toString()),
                stderr: (data) => (versionOutput += data.toString())
            }
        });
        lib_core/* debug */.Yz(versionOutput.trim());
        const isGnuTar = versionOutput.toUpperCase().includes('GNU TAR');
        // Initialize args
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        if (lib_core/* isDebug */._o() && !flags.includes('v')) {
            args.push('-v');
        }
        let destArg = dest;
        let fileArg = file;
        if (IS_WINDOWS && isGnuTar) {
            args.push('--force-local');
            destArg = dest.replace(/\\/g, '/');
            // Technically only the dest needs to have `/` but for aesthetic consistency
            // convert slashes in the file arg too.
            fileArg = file.replace(/\\/g, '/');
        }
        if (isGnuTar) {
            // Suppress warnings when using GNU tar to extract archives created by BSD tar
            args.push('--warning=no-unknown-keyword');
            args.push('--overwrite');
        }
        args.push('-C', destArg, '-f', fileArg);
        yield (0,lib_exec/* exec */.m)(`tar`, args);
        return dest;
    });
}
/**
 * Extract a xar compatible archive
 *
 * @param file     path to the archive
 * @param dest     destination directory. Optional.
 * @param flags    flags for the xar. Optional.
 * @returns        path to the destination directory
 */
function extractXar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = []) {
        ok(IS_MAC, 'extractXar() not supported on current OS');
        ok(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        args.push('-x', '-C', dest, '-f', file);
        if (core.isDebug()) {
            args.push('-v');
        }
        const xarPath = yield io.which('xar', true);
        yield exec(`"${xarPath}"`, _unique(args));
        return dest;
    });
}
/**
 * Extract a zip
 *
 * @param file     path to the zip
 * @param dest     destination directory. Optional.
 * @returns        path to the destination directory
 */
function extractZip(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        dest = yield _createExtractFolder(dest);
        if (IS_WINDOWS) {
            yield extractZipWin(file, dest);
        }
        else {
            yield extractZipNix(file, dest);
        }
        return dest;
    });
}
function extractZipWin(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        // build the powershell command
        const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
        const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
        const pwshPath = yield lib_io/* which */.K7('pwsh', false);
        //To match the file overwrite behavior on nix systems, we use the overwrite = true flag for ExtractToDirectory
        //and the -Force flag for Expand-Archive as a fallback
        if (pwshPath) {
            //attempt to use pwsh with ExtractToDirectory, if this fails attempt Expand-Archive
            const pwshCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
                `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
                `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                pwshCommand
            ];
            lib_core/* debug */.Yz(`Using pwsh at path: ${pwshPath}`);
            yield (0,lib_exec/* exec */.m)(`"${pwshPath}"`, args);
        }
        else {
            const powershellCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
                `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
                `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                powershellCommand
            ];
            const powershellPath = yield lib_io/* which */.K7('powershell', true);
            lib_core/* debug */.Yz(`Using powershell at path: ${powershellPath}`);
            yield (0,lib_exec/* exec */.m)(`"${powershellPath}"`, args);
        }
    });
}
function extractZipNix(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const unzipPath = yield lib_io/* which */.K7('unzip', true);
        const args = [file];
        if (!lib_core/* isDebug */._o()) {
            args.unshift('-q');
        }
        args.unshift('-o'); //overwrite with -o, otherwise a prompt is shown which freezes the run
        yield (0,lib_exec/* exec */.m)(`"${unzipPath}"`, args, { cwd: dest });
    });
}
/**
 * Caches a directory and installs it into the tool cacheDir
 *
 * @param sourceDir    the directory to cache into tools
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheDir(sourceDir, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = node_modules_semver.clean(version) || version;
        arch = arch || external_os_.arch();
        lib_core/* debug */.Yz(`Caching tool ${tool} ${version} ${arch}`);
        lib_core/* debug */.Yz(`source dir: ${sourceDir}`);
        if (!external_fs_.statSync(sourceDir).isDirectory()) {
            throw new Error('sourceDir is not a directory');
        }
        // Create the tool dir
        const destPath = yield _createToolPath(tool, version, arch);
        // copy each child item. do not move. move can fail on Windows
        // due to anti-virus software having an open handle on a file.
        for (const itemName of external_fs_.readdirSync(sourceDir)) {
            const s = external_path_.join(sourceDir, itemName);
            yield lib_io.cp(s, destPath, { recursive: true });
        }
        // write .complete
        _completeToolPath(tool, version, arch);
        return destPath;
    });
}
/**
 * Caches a downloaded file (GUID) and installs it
 * into the tool cache with a given targetName
 *
 * @param sourceFile    the file to cache into tools.  Typically a result of downloadTool which is a guid.
 * @param targetFile    the name of the file name in the tools directory
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheFile(sourceFile, targetFile, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = semver.clean(version) || version;
        arch = arch || os.arch();
        core.debug(`Caching tool ${tool} ${version} ${arch}`);
        core.debug(`source file: ${sourceFile}`);
        if (!fs.statSync(sourceFile).isFile()) {
            throw new Error('sourceFile is not a file');
        }
        // create the tool dir
        const destFolder = yield _createToolPath(tool, version, arch);
        // copy instead of move. move can fail on Windows due to
        // anti-virus software having an open handle on a file.
        const destPath = path.join(destFolder, targetFile);
        core.debug(`destination file ${destPath}`);
        yield io.cp(sourceFile, destPath);
        // write .complete
        _completeToolPath(tool, version, arch);
        return destFolder;
    });
}
/**
 * Finds the path to a tool version in the local installed tool cache
 *
 * @param toolName      name of the tool
 * @param versionSpec   version of the tool
 * @param arch          optional arch.  defaults to arch of computer
 */
function find(toolName, versionSpec, arch) {
    if (!toolName) {
        throw new Error('toolName parameter is required');
    }
    if (!versionSpec) {
        throw new Error('versionSpec parameter is required');
    }
    arch = arch || external_os_.arch();
    // attempt to resolve an explicit version
    if (!isExplicitVersion(versionSpec)) {
        const localVersions = findAllVersions(toolName, arch);
        const match = evaluateVersions(localVersions, versionSpec);
        versionSpec = match;
    }
    // check for the explicit version in the cache
    let toolPath = '';
    if (versionSpec) {
        versionSpec = node_modules_semver.clean(versionSpec) || '';
        const cachePath = external_path_.join(_getCacheDirectory(), toolName, versionSpec, arch);
        lib_core/* debug */.Yz(`checking cache: ${cachePath}`);
        if (external_fs_.existsSync(cachePath) && external_fs_.existsSync(`${cachePath}.complete`)) {
            lib_core/* debug */.Yz(`Found tool in cache ${toolName} ${versionSpec} ${arch}`);
            toolPath = cachePath;
        }
        else {
            lib_core/* debug */.Yz('not found');
        }
    }
    return toolPath;
}
/**
 * Finds the paths to all versions of a tool that are installed in the local tool cache
 *
 * @param toolName  name of the tool
 * @param arch      optional arch.  defaults to arch of computer
 */
function findAllVersions(toolName, arch) {
    const versions = [];
    arch = arch || external_os_.arch();
    const toolPath = external_path_.join(_getCacheDirectory(), toolName);
    if (external_fs_.existsSync(toolPath)) {
        const children = external_fs_.readdirSync(toolPath);
        for (const child of children) {
            if (isExplicitVersion(child)) {
                const fullPath = external_path_.join(toolPath, child, arch || '');
                if (external_fs_.existsSync(fullPath) && external_fs_.existsSync(`${fullPath}.complete`)) {
                    versions.push(child);
                }
            }
        }
    }
    return versions;
}
function getManifestFromRepo(owner_1, repo_1, auth_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (owner, repo, auth, branch = 'master') {
        let releases = [];
        const treeUrl = `https://api.github.com/repos/${owner}/${repo}/git/trees/${branch}`;
        const http = new httpm.HttpClient('tool-cache');
        const headers = {};
        if (auth) {
            core.debug('set auth');
            headers.authorization = auth;
        }
        const response = yield http.getJson(treeUrl, headers);
        if (!response.result) {
            return releases;
        }
        let manifestUrl = '';
        for (const item of response.result.tree) {
            if (item.path === 'versions-manifest.json') {
                manifestUrl = item.url;
                break;
            }
        }
        headers['accept'] = 'application/vnd.github.VERSION.raw';
        let versionsRaw = yield (yield http.get(manifestUrl, headers)).readBody();
        if (versionsRaw) {
            // shouldn't be needed but protects against invalid json saved with BOM
            versionsRaw = versionsRaw.replace(/^\uFEFF/, '');
            try {
                releases = JSON.parse(versionsRaw);
            }
            catch (_a) {
                core.debug('Invalid json');
            }
        }
        return releases;
    });
}
function findFromManifest(versionSpec_1, stable_1, manifest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (versionSpec, stable, manifest, archFilter = os.arch()) {
        // wrap the internal impl
        const match = yield mm._findMatch(versionSpec, stable, manifest, archFilter);
        return match;
    });
}
function _createExtractFolder(dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!dest) {
            // create a temp dir
            dest = external_path_.join(_getTempDirectory(), external_crypto_.randomUUID());
        }
        yield lib_io/* mkdirP */.U$(dest);
        return dest;
    });
}
function _createToolPath(tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const folderPath = external_path_.join(_getCacheDirectory(), tool, node_modules_semver.clean(version) || version, arch || '');
        lib_core/* debug */.Yz(`destination ${folderPath}`);
        const markerPath = `${folderPath}.complete`;
        yield lib_io/* rmRF */.Yz(folderPath);
        yield lib_io/* rmRF */.Yz(markerPath);
        yield lib_io/* mkdirP */.U$(folderPath);
        return folderPath;
    });
}
function _completeToolPath(tool, version, arch) {
    const folderPath = external_path_.join(_getCacheDirectory(), tool, node_modules_semver.clean(version) || version, arch || '');
    const markerPath = `${folderPath}.complete`;
    external_fs_.writeFileSync(markerPath, '');
    lib_core/* debug */.Yz('finished caching tool');
}
/**
 * Check if version string is explicit
 *
 * @param versionSpec      version string to check
 */
function isExplicitVersion(versionSpec) {
    const c = node_modules_semver.clean(versionSpec) || '';
    lib_core/* debug */.Yz(`isExplicit: ${c}`);
    const valid = node_modules_semver.valid(c) != null;
    lib_core/* debug */.Yz(`explicit? ${valid}`);
    return valid;
}
/**
 * Get the highest satisfiying semantic version in `versions` which satisfies `versionSpec`
 *
 * @param versions        array of versions to evaluate
 * @param versionSpec     semantic version spec to satisfy
 */
function evaluateVersions(versions, versionSpec) {
    let version = '';
    lib_core/* debug */.Yz(`evaluating ${versions.length} versions`);
    versions = versions.sort((a, b) => {
        if (node_modules_semver.gt(a, b)) {
            return 1;
        }
        return -1;
    });
    for (let i = versions.length - 1; i >= 0; i--) {
        const potential = versions[i];
        const satisfied = node_modules_semver.satisfies(potential, versionSpec);
        if (satisfied) {
            version = potential;
            break;
        }
    }
    if (version) {
        lib_core/* debug */.Yz(`matched: ${version}`);
    }
    else {
        lib_core/* debug */.Yz('match not found');
    }
    return version;
}
/**
 * Gets RUNNER_TOOL_CACHE
 */
function _getCacheDirectory() {
    const cacheDirectory = process.env['RUNNER_TOOL_CACHE'] || '';
    (0,external_assert_.ok)(cacheDirectory, 'Expected RUNNER_TOOL_CACHE to be defined');
    return cacheDirectory;
}
/**
 * Gets RUNNER_TEMP
 */
function _getTempDirectory() {
    const tempDirectory = process.env['RUNNER_TEMP'] || '';
    (0,external_assert_.ok)(tempDirectory, 'Expected RUNNER_TEMP to be defined');
    return tempDirectory;
}
/**
 * Gets a global variable
 */
function _getGlobal(key, defaultValue) {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const value = global[key];
    /* eslint-enable @typescript-eslint/no-explicit-any */
    return value !== undefined ? value : defaultValue;
}
/**
 * Returns an array of unique values.
 * @param values Values to make unique.
 */
function _unique(values) {
    return Array.from(new Set(values));
}
//# sourceMappingURL=tool-cache.js.map
;// CONCATENATED MODULE: ./packages/tool-installer/src/bring-your-own.ts




/** Version probes get a minute: a binary that hangs on `--version` is not a usable tool. */
const VERSION_PROBE_TIMEOUT_MS = 60_000;
/** Runs the binary with argv (no shell), bounded in time and output. */
const execRunner = async (file, args) => {
    const { exitCode, stdout, stderr, timedOut } = await (0,src/* runProcess */.R3)(file, args, {
        timeoutMs: VERSION_PROBE_TIMEOUT_MS,
        maxCapture: 64 * 1024,
    });
    return {
        exitCode,
        stdout,
        stderr: timedOut ? `${stderr}\n(timed out after ${VERSION_PROBE_TIMEOUT_MS / 1000} s)` : stderr,
    };
};
/** Validates a user-supplied executable path; returns it normalised. `label` names the setting. */
async function validateExecutablePath(value, platform, label) {
    const shown = JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001F\u007F"]/.test(value)) {
        throw new src/* ConfigurationError */.j1(`The ${label} ${shown} contains a control character or a double quote.`);
    }
    if (!external_node_path_.isAbsolute(value)) {
        throw new src/* ConfigurationError */.j1(`The ${label} must be an absolute path to an executable; got ${shown}.`);
    }
    const file = external_node_path_.resolve(value);
    let info;
    try {
        info = await (0,promises_.stat)(file);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`The ${label} ${shown} does not exist.`);
    }
    if (!info.isFile()) {
        throw new src/* ConfigurationError */.j1(`The ${label} ${shown} is not a regular file.`);
    }
    if (platform !== 'win32') {
        try {
            await (0,promises_.access)(file, external_node_fs_.constants.X_OK);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`The ${label} ${shown} is not executable (run \`chmod +x\` on it).`);
        }
    }
    return file;
}
/**
 * The first capture group of the first pattern that matches, with a leading
 * `v` removed; `dev`/`devel` builds are reported as is. Anything else
 * (including a match that is not a plausible version) gives undefined.
 */
function parseVersionOutput(output, patterns) {
    for (const pattern of patterns) {
        const token = pattern.exec(output)?.[1];
        if (token === undefined)
            continue;
        const version = token.replace(/^v(?=\d)/, '');
        if (src/* VERSION_PATTERN */.Q6.test(version) || /^(dev|devel)$/.test(version))
            return version;
    }
    return undefined;
}
async function probeVersion(runner, binary, args, patterns) {
    const command = [binary, ...args].join(' ');
    let result;
    try {
        result = await runner(binary, args);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`Could not run \`${command}\` to check its version: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const version = parseVersionOutput(`${result.stdout}\n${result.stderr}`, patterns);
    if (version !== undefined)
        return { version };
    const firstLine = (result.stdout.trim() || result.stderr.trim()).split(/\r?\n/, 1)[0] ?? '';
    const excerpt = firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine;
    return {
        version: 'unknown',
        problem: `\`${command}\` exited with code ${result.exitCode} and printed no recognisable version` +
            (excerpt ? ` (first line: ${JSON.stringify(excerpt)})` : ' (no output)'),
    };
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/extract.ts



function assetFormat(file) {
    if (file.endsWith('.tar.gz') || file.endsWith('.tgz'))
        return 'tar.gz';
    if (file.endsWith('.zip'))
        return 'zip';
    return 'binary';
}
/** tool-cache's extractors (system `tar`; `unzip` or PowerShell for zip). */
const toolCacheExtractor = {
    async extract(file, format, dest, binaryName) {
        await (0,promises_.mkdir)(dest, { recursive: true });
        switch (format) {
            case 'tar.gz':
                await extractTar(file, dest, 'xz');
                return;
            case 'zip':
                await extractZip(file, dest);
                return;
            case 'binary':
                await (0,promises_.copyFile)(file, external_node_path_.join(dest, binaryName));
                return;
        }
    },
};
/** `chmod 755` except on Windows, where the execute bit does not exist. */
async function makeExecutable(file, platform) {
    if (platform !== 'win32')
        await (0,promises_.chmod)(file, 0o755);
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/pins.json
const pins_namespaceObject = /*#__PURE__*/JSON.parse('{"trivy":{"version":"0.75.0","assets":{"linux-x64":{"file":"trivy_0.75.0_Linux-64bit.tar.gz","sha256":"c6e65abddb348e25f10549df887045629cf28cc72453cd1c63acb717316b3f3f"},"linux-arm64":{"file":"trivy_0.75.0_Linux-ARM64.tar.gz","sha256":"a1ee9f6ffb7d112b64ff726a2a0717c21175c1114361391f4a132956751a13b3"},"darwin-x64":{"file":"trivy_0.75.0_macOS-64bit.tar.gz","sha256":"291edaa9778acbe4693d067b5ad60ee11570e5ac68296e85595417528ca641e4"},"darwin-arm64":{"file":"trivy_0.75.0_macOS-ARM64.tar.gz","sha256":"4a77108cccf8e55c8d6823e1e759939a622277e66cd0daa3c1fc621ed69e4568"},"win32-x64":{"file":"trivy_0.75.0_windows-64bit.zip","sha256":"4e43bd71a30f51aee39525f60f2b47043af77eb8df8fe082aae4372b69c6660f"}}},"grype":{"version":"0.120.1","assets":{"linux-x64":{"file":"grype_0.120.1_linux_amd64.tar.gz","sha256":"0a9ee97ef5ae2ee953b0a80098105052e846cdbe319a57d808b519c33cd1343d"},"linux-arm64":{"file":"grype_0.120.1_linux_arm64.tar.gz","sha256":"29f47391dc283aa79fcc38e65224cd61f64dec0ecfd0db7074128ebf8ff23514"},"darwin-x64":{"file":"grype_0.120.1_darwin_amd64.tar.gz","sha256":"5313004ccbc524c8757521dc3913f1edf4309f56bef06a2fb2d0c0eeade7cc62"},"darwin-arm64":{"file":"grype_0.120.1_darwin_arm64.tar.gz","sha256":"cf97957fa467d25575ec2cc3228289f391ea51cf88b9cffc5f83dc03d4cbc732"},"win32-x64":{"file":"grype_0.120.1_windows_amd64.zip","sha256":"32e3c811f31822d17592908bafdc6288aaaca3d52583c479167a8dc8399ed65d"}}},"syft":{"version":"1.54.1","assets":{"linux-x64":{"file":"syft_1.54.1_linux_amd64.tar.gz","sha256":"c069905b391cc4c20a5ba65ad5c10be2a7ba074f8ea6ad203e24d14e303dad47"},"linux-arm64":{"file":"syft_1.54.1_linux_arm64.tar.gz","sha256":"dfdf0537610113edbefe1f1fc6548bc957b2d77439636ec824fcf0e10d46d054"},"darwin-x64":{"file":"syft_1.54.1_darwin_amd64.tar.gz","sha256":"2956322838b2f64e470eea474495f0cd96be4f222b1ac037258cdc47d965064e"},"darwin-arm64":{"file":"syft_1.54.1_darwin_arm64.tar.gz","sha256":"b4319c3abaa87a0170ab76ee83ea2260ca34b53aecfa3ab0dd5428d2319d744f"},"win32-x64":{"file":"syft_1.54.1_windows_amd64.zip","sha256":"8b56e8285e295e0bbed26eeea9b16ed51c493be97ccdf42dae6326c84fe8e19f"},"win32-arm64":{"file":"syft_1.54.1_windows_arm64.zip","sha256":"440019acac7c5b3b44edb8d224aa226b52aadca66a1c3a0a8d58a9525f675e36"}}},"cosign":{"version":"3.1.3","assets":{"linux-x64":{"file":"cosign-linux-amd64","sha256":"4629c757b7618056f8ddd7e2625ae9fdd94c0372a65049520bc7d9df9efc7f71"},"linux-arm64":{"file":"cosign-linux-arm64","sha256":"c5d324e091826b0d7a78eb16fef316450b4eb9aaec045611c08ba06f5e73220a"},"darwin-x64":{"file":"cosign-darwin-amd64","sha256":"2347488e5d5b25336644024dfeca5601b190e91197a71a917bda44744aff106c"},"darwin-arm64":{"file":"cosign-darwin-arm64","sha256":"5cf948c2f4dfe59687bdd0b8523709067383e03982cc543475c8a7dc70e92a76"},"win32-x64":{"file":"cosign-windows-amd64.exe","sha256":"9fe59be0eca1271873ce019061335eb1ac419b7059202e797828467ddabe33be"}}}}');
;// CONCATENATED MODULE: ./packages/tool-installer/src/pin-manifest.ts


/**
 * The committed pin manifest: tool → version → release asset + SHA-256 per
 * platform. The digests are the trust anchor for every download (they are
 * never fetched from the release that is being verified).
 *
 * Two shapes are accepted per tool, so the committed file can grow from "one
 * pinned version" to "several" without a code change:
 *
 *   { "version": "0.75.0", "assets": { "linux-x64": { "file": …, "sha256": … } } }
 *   { "default": "0.75.0", "versions": { "0.75.0": { "linux-x64": { … } }, "0.74.0": { … } } }
 *
 * Both are normalised into {@link ToolPins}.
 */
const TOOL_NAMES = ['trivy', 'grype', 'syft', 'cosign'];
const SHA256 = /^[0-9a-f]{64}$/;
const PLATFORM_KEY = /^(linux|darwin|win32)-(x64|arm64)$/;
const ASSET_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
class PinManifestError extends Error {
    name = 'PinManifestError';
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parseAssets(raw, where) {
    if (!isRecord(raw) || Object.keys(raw).length === 0) {
        throw new PinManifestError(`${where}: expected a non-empty object of platform → asset.`);
    }
    const assets = {};
    for (const [key, value] of Object.entries(raw)) {
        if (!PLATFORM_KEY.test(key)) {
            throw new PinManifestError(`${where}: '${key}' is not a platform key like linux-x64 or darwin-arm64.`);
        }
        if (!isRecord(value))
            throw new PinManifestError(`${where}.${key}: expected { file, sha256 }.`);
        const { file, sha256, binarySha256 } = value;
        const extra = Object.keys(value).filter((k) => !['file', 'sha256', 'binarySha256'].includes(k));
        if (extra.length > 0)
            throw new PinManifestError(`${where}.${key}: unknown field(s) ${extra.join(', ')}.`);
        if (typeof file !== 'string' || !ASSET_FILE.test(file) || file.includes('..')) {
            throw new PinManifestError(`${where}.${key}.file: expected a plain file name, got ${JSON.stringify(file)}.`);
        }
        if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
            throw new PinManifestError(`${where}.${key}.sha256: expected 64 lower-case hex digits.`);
        }
        if (binarySha256 !== undefined) {
            if (typeof binarySha256 !== 'string' || !SHA256.test(binarySha256)) {
                throw new PinManifestError(`${where}.${key}.binarySha256: expected 64 lower-case hex digits.`);
            }
            if (!/\.(tar\.gz|tgz|zip)$/.test(file) && binarySha256 !== sha256) {
                throw new PinManifestError(`${where}.${key}.binarySha256: ${file} is the binary itself, so it must equal sha256.`);
            }
            assets[key] = Object.freeze({ file, sha256, binarySha256 });
        }
        else {
            assets[key] = Object.freeze({ file, sha256 });
        }
    }
    return Object.freeze(assets);
}
function parseVersion(value, where) {
    if (typeof value !== 'string' || value.startsWith('v') || !src/* VERSION_PATTERN */.Q6.test(value)) {
        throw new PinManifestError(`${where}: expected a version like 0.75.0 (no leading v), got ${JSON.stringify(value)}.`);
    }
    return value;
}
function parseTool(raw, tool) {
    if (!isRecord(raw))
        throw new PinManifestError(`${tool}: expected an object.`);
    if ('versions' in raw) {
        const defaultVersion = parseVersion(raw['default'], `${tool}.default`);
        if (!isRecord(raw['versions']))
            throw new PinManifestError(`${tool}.versions: expected an object.`);
        const versions = {};
        for (const [version, assets] of Object.entries(raw['versions'])) {
            versions[parseVersion(version, `${tool}.versions key`)] = parseAssets(assets, `${tool}.versions.${version}`);
        }
        if (!(defaultVersion in versions)) {
            throw new PinManifestError(`${tool}.default: ${defaultVersion} has no entry in ${tool}.versions.`);
        }
        return Object.freeze({ defaultVersion, versions: Object.freeze(versions) });
    }
    const defaultVersion = parseVersion(raw['version'], `${tool}.version`);
    return Object.freeze({
        defaultVersion,
        versions: Object.freeze({ [defaultVersion]: parseAssets(raw['assets'], `${tool}.assets`) }),
    });
}
/** Validates and normalises a manifest (the committed one, or one a test injects). */
function parsePinManifest(raw) {
    if (!isRecord(raw))
        throw new PinManifestError('Pin manifest: expected an object.');
    const unknownTools = Object.keys(raw).filter((key) => !TOOL_NAMES.includes(key));
    if (unknownTools.length > 0) {
        throw new PinManifestError(`Pin manifest: unknown tool(s) ${unknownTools.join(', ')}.`);
    }
    const manifest = {};
    for (const tool of TOOL_NAMES) {
        if (!(tool in raw))
            throw new PinManifestError(`Pin manifest: no entry for ${tool}.`);
        manifest[tool] = parseTool(raw[tool], tool);
    }
    return Object.freeze(manifest);
}
let committed;
/** The manifest committed as `pins.json` (parsed on first use, not at import time). */
function loadPinManifest() {
    committed ??= parsePinManifest(pins_namespaceObject);
    return committed;
}
/** The pinned asset for a tool/version/platform, or undefined. */
function pinnedAsset(manifest, tool, version, platform) {
    return manifest[tool].versions[version]?.[platform];
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/release-url.ts

/**
 * Official release download URLs. Every tool publishes its assets as GitHub
 * release assets at `https://github.com/<owner>/<repo>/releases/download/v<V>/<file>`;
 * a mirror (GHES, air-gapped runners) replaces `https://github.com` and keeps
 * the rest of the path.
 */
const GITHUB_BASE_URL = 'https://github.com';
function goreleaserAssets(tool, platforms) {
    const os = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
    const arch = { x64: 'amd64', arm64: 'arm64' };
    const table = {};
    for (const key of platforms) {
        const [platform = '', cpu = ''] = key.split('-');
        const ext = platform === 'win32' ? 'zip' : 'tar.gz';
        table[key] = (v) => `${tool}_${v}_${os[platform]}_${arch[cpu]}.${ext}`;
    }
    return table;
}
const LAYOUTS = {
    trivy: {
        repository: 'aquasecurity/trivy',
        assets: {
            'linux-x64': (v) => `trivy_${v}_Linux-64bit.tar.gz`,
            'linux-arm64': (v) => `trivy_${v}_Linux-ARM64.tar.gz`,
            'darwin-x64': (v) => `trivy_${v}_macOS-64bit.tar.gz`,
            'darwin-arm64': (v) => `trivy_${v}_macOS-ARM64.tar.gz`,
            'win32-x64': (v) => `trivy_${v}_windows-64bit.zip`,
        },
        checksums: (v) => `trivy_${v}_checksums.txt`,
    },
    grype: {
        repository: 'anchore/grype',
        assets: goreleaserAssets('grype', ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64']),
        checksums: (v) => `grype_${v}_checksums.txt`,
    },
    syft: {
        repository: 'anchore/syft',
        assets: goreleaserAssets('syft', [
            'linux-x64',
            'linux-arm64',
            'darwin-x64',
            'darwin-arm64',
            'win32-x64',
            'win32-arm64',
        ]),
        checksums: (v) => `syft_${v}_checksums.txt`,
    },
    cosign: {
        repository: 'sigstore/cosign',
        assets: {
            'linux-x64': () => 'cosign-linux-amd64',
            'linux-arm64': () => 'cosign-linux-arm64',
            'darwin-x64': () => 'cosign-darwin-amd64',
            'darwin-arm64': () => 'cosign-darwin-arm64',
            'win32-x64': () => 'cosign-windows-amd64.exe',
        },
        checksums: () => 'cosign_checksums.txt',
    },
};
/** Platforms for which the project publishes a release asset (for unpinned versions). */
function publishedPlatforms(tool) {
    return Object.keys(LAYOUTS[tool].assets);
}
/** The release asset's file name for a version and platform, or undefined when none is published. */
function releaseAssetName(tool, version, platform) {
    return LAYOUTS[tool].assets[platform]?.(version);
}
function releaseRepository(tool) {
    return LAYOUTS[tool].repository;
}
/**
 * `<base>/<owner>/<repo>/releases/download/v<version>/<file>`. `version` and
 * `file` must already be validated; they are still percent-encoded as path
 * segments so nothing in them can change the URL's structure.
 */
function releaseAssetUrl(tool, version, file, baseUrl = GITHUB_BASE_URL) {
    const base = baseUrl.replace(/\/+$/, '');
    return `${base}/${LAYOUTS[tool].repository}/releases/download/${encodeURIComponent(`v${version}`)}/${encodeURIComponent(file)}`;
}
function checksumsUrl(tool, version, baseUrl = GITHUB_BASE_URL) {
    return releaseAssetUrl(tool, version, LAYOUTS[tool].checksums(version), baseUrl);
}
/**
 * Validates a mirror base URL: http(s), no credentials, query or fragment.
 * Returns it without trailing slashes. `label` names the setting in errors.
 */
function validateMirrorUrl(value, label = 'mirror') {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`The ${label} must be an http(s) URL such as https://ghes.example.com; got ${show(value)}.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new src/* ConfigurationError */.j1(`The ${label} must be an http(s) URL; got scheme '${url.protocol}'.`);
    }
    if (url.username || url.password) {
        throw new src/* ConfigurationError */.j1(`The ${label} must not embed credentials in the URL.`);
    }
    if (url.search || url.hash || value.includes('?') || value.includes('#')) {
        throw new src/* ConfigurationError */.j1(`The ${label} must not have a query string or fragment; got ${show(value)}.`);
    }
    return url.toString().replace(/\/+$/, '');
}
function show(value) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return JSON.stringify(shown);
}

// EXTERNAL MODULE: ./packages/vocabulary/src/digest.ts
var digest = __nccwpck_require__(876);
;// CONCATENATED MODULE: ./packages/tool-installer/src/sha256.ts


/** SHA-256 of a file as lower-case hex, computed by streaming (constant memory): @scs/vocabulary's. */

function isSha256(value) {
    return digest/* SHA256_HEX */.Y5.test(value);
}
/**
 * A digest given by the user: 64 hex digits, optionally prefixed `sha256:`;
 * returned lower-case. `label` names the setting in errors.
 */
function normalizeSha256(value, label = 'sha256') {
    const digest = value
        .trim()
        .replace(/^sha256:/i, '')
        .toLowerCase();
    if (!isSha256(digest)) {
        const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
        throw new src/* ConfigurationError */.j1(`The ${label} must be 64 hexadecimal digits (a SHA-256); got ${JSON.stringify(shown)}.`);
    }
    return digest;
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/tool-installer.ts












/** The collaborators used in a real workflow run: a bounded HTTP download, @actions/tool-cache, @actions/core. */
function defaultInstallerDeps() {
    return {
        manifest: loadPinManifest(),
        platform: process.platform,
        arch: process.arch,
        downloader: httpDownloader({ log: (message) => lib_core/* info */.pq(message) }),
        toolCache: {
            find: (tool, version, arch) => find(tool, version, arch),
            cacheDir: (sourceDir, tool, version, arch) => cacheDir(sourceDir, tool, version, arch),
        },
        extractor: toolCacheExtractor,
        hasher: digest/* sha256File */.Q3,
        addPath: (dir) => lib_core/* addPath */.fM(dir),
        logger: {
            info: (message) => lib_core/* info */.pq(message),
            warning: (message) => lib_core/* warning */.$e(message),
            debug: (message) => lib_core/* debug */.Yz(message),
        },
        runner: execRunner,
        tempDir: () => process.env['RUNNER_TEMP'] || external_node_os_.tmpdir(),
    };
}
/**
 * Written next to the binary in every tool-cache entry this installer creates:
 * what was installed from which asset, for people and tools that inspect the
 * cache. It is **not** trusted on a cache hit: anyone who can write the tool
 * cache (a persistent runner, a pre-baked image, a restored cache) can write
 * it too, so a hit is checked against the committed pins only (see
 * {@link ToolInstaller}).
 */
const INSTALL_RECORD_FILE = '.scs-install.json';
/**
 * Folder of a cache entry that keeps the verified release archive (tar.gz and
 * zip assets), so that a cache hit can check the cached binary against the
 * pinned archive digest when the pins carry no digest of the binary itself.
 */
const VERIFIED_ASSET_DIR = '.scs-asset';
/**
 * Download → verify (SHA-256 against the pin, before anything is extracted or
 * run) → extract → cache → add to PATH, for one tool. Subclasses only supply a
 * {@link ToolSpec}.
 *
 * A cache hit is re-verified against committed data only — never against
 * anything stored in the cache, which whoever planted an entry also wrote:
 * - the pins carry the binary's own SHA-256 (`binarySha256`, recorded by
 *   scripts/bump-tool-pin.mjs), or the asset is the binary itself (cosign):
 *   the cached binary is hashed and must equal it;
 * - otherwise the entry must keep the verified release archive
 *   ({@link VERIFIED_ASSET_DIR}): it is hashed and must equal the pinned (or
 *   given) archive digest, the binary is unpacked from it again into a
 *   scratch folder, and the cached binary must be byte-for-byte that member
 *   (equal SHA-256).
 * An entry that fails is reported as a warning naming what did not match, is
 * never run, and is replaced from the release, which is verified again
 * before use.
 */
class ToolInstaller {
    spec;
    deps;
    constructor(spec, deps = {}) {
        this.spec = spec;
        const defaults = defaultInstallerDeps();
        this.deps = { ...defaults, ...deps, manifest: deps.manifest ?? defaults.manifest };
    }
    /** The pinned default version of this tool. */
    defaultVersion() {
        return this.deps.manifest[this.spec.name].defaultVersion;
    }
    async install(request = {}) {
        const req = this.validateRequest(request);
        if (req.path !== undefined)
            return this.useExisting(req.path, req);
        const target = this.resolveTarget(req);
        const cached = await this.fromCache(target);
        if (cached)
            return cached;
        return this.download(target, req.mirror ?? GITHUB_BASE_URL);
    }
    get label() {
        return this.spec.displayName;
    }
    validateRequest(request) {
        const valid = {};
        const { version, sha256, mirror, path: binaryPath } = request;
        if (version !== undefined && version !== '') {
            if (typeof version !== 'string' || version.length > 64 || !src/* VERSION_PATTERN */.Q6.test(version)) {
                const shown = typeof version === 'string' ? JSON.stringify(version.slice(0, 80)) : typeof version;
                throw new src/* ConfigurationError */.j1(`The ${this.label} version must be a release version such as ${this.defaultVersion()} or v${this.defaultVersion()}; got ${shown}.`);
            }
            valid.version = version.replace(/^v/, '');
        }
        if (sha256)
            valid.sha256 = normalizeSha256(sha256, `${this.label} sha256`);
        if (mirror)
            valid.mirror = validateMirrorUrl(mirror, `${this.label} download mirror`);
        if (binaryPath)
            valid.path = binaryPath;
        return valid;
    }
    resolveTarget(req) {
        const tool = this.spec.name;
        const pins = this.deps.manifest[tool];
        const version = req.version ?? pins.defaultVersion;
        const platform = `${this.deps.platform}-${this.deps.arch}`;
        const binaryName = this.spec.binaryName(this.deps.platform);
        const pinnedAssets = pins.versions[version];
        if (pinnedAssets) {
            const asset = pinnedAssets[platform];
            if (!asset)
                throw this.unsupportedPlatform(version, platform, Object.keys(pinnedAssets));
            if (req.sha256 !== undefined && req.sha256 !== asset.sha256) {
                throw new src/* ConfigurationError */.j1(`The ${this.label} sha256 ${req.sha256} does not match the digest pinned for ${asset.file} (${asset.sha256}). ` +
                    `Remove the sha256 setting to use the pinned digest.`);
            }
            return { version, platform, asset, digestSource: 'manifest', format: assetFormat(asset.file), binaryName };
        }
        const file = releaseAssetName(tool, version, platform);
        if (!file)
            throw this.unsupportedPlatform(version, platform, publishedPlatforms(tool));
        if (req.sha256 === undefined) {
            const pinned = Object.keys(pins.versions).join(', ');
            throw new src/* ConfigurationError */.j1(`${this.label} ${version} is not pinned by this action (pinned: ${pinned}), so its digest must be given. ` +
                `Set sha256 to the SHA-256 of ${file} (the ${platform} asset), as listed in ` +
                `${checksumsUrl(tool, version)} — or leave the version empty to use ${pins.defaultVersion}.`);
        }
        this.deps.logger.info(`${this.label} ${version} is not pinned; using the SHA-256 given for ${file} (${req.sha256}).`);
        return {
            version,
            platform,
            asset: { file, sha256: req.sha256 },
            digestSource: 'request',
            format: assetFormat(file),
            binaryName,
        };
    }
    unsupportedPlatform(version, platform, supported) {
        return new src/* ConfigurationError */.j1(`${this.label} ${version} is not available for ${platform}. Supported platforms: ${supported.join(', ')}.`);
    }
    // ---- tool cache ---------------------------------------------------------------------------
    async fromCache(target) {
        const { name } = this.spec;
        let dir;
        try {
            dir = this.deps.toolCache.find(name, target.version, this.deps.arch);
        }
        catch (error) {
            throw new src/* InfrastructureError */.EN(`The tool cache could not be searched for ${name} ${target.version}.`, {
                cause: error,
            });
        }
        if (!dir)
            return undefined;
        const check = await this.verifyCacheEntry(dir, target);
        if (check.problem !== undefined) {
            this.deps.logger.warning(`Cached ${name} ${target.version} in ${dir} failed verification (${check.problem}); it will not be used. ` +
                `Reinstalling it from the verified release asset.`);
            return undefined;
        }
        this.deps.addPath(dir);
        this.deps.logger.info(`Using cached ${name} ${target.version} from ${dir} (${check.how}).`);
        return {
            name,
            version: target.version,
            binary: external_node_path_.join(dir, target.binaryName),
            source: 'cache',
            sha256: target.asset.sha256,
        };
    }
    /**
     * Whether the entry can be trusted, and how that was established — from the
     * pins (or the digest the workflow gave), never from files in the entry
     * other than the binary and the kept archive, whose bytes are checked.
     */
    async verifyCacheEntry(dir, target) {
        const { binaryName, asset } = target;
        const binary = external_node_path_.join(dir, binaryName);
        const info = await (0,promises_.lstat)(binary).catch(() => undefined);
        if (!info)
            return { problem: `${binaryName} is missing` };
        if (!info.isFile())
            return { problem: `${binaryName} is not a regular file` };
        const pinnedBinary = asset.binarySha256 ?? (target.format === 'binary' ? asset.sha256 : undefined);
        if (pinnedBinary !== undefined) {
            const actual = await this.hashOrProblem(binary, binaryName);
            if (typeof actual !== 'string')
                return actual;
            if (actual !== pinnedBinary) {
                return {
                    problem: `${binaryName} has SHA-256 ${actual}, but the ${this.digestOrigin(target)} SHA-256 of that binary is ${pinnedBinary}`,
                };
            }
            return { how: `binary SHA-256 matches the ${this.digestOrigin(target)} ${pinnedBinary}` };
        }
        const archive = external_node_path_.join(dir, VERIFIED_ASSET_DIR, asset.file);
        const archiveInfo = await (0,promises_.lstat)(archive).catch(() => undefined);
        if (!archiveInfo?.isFile()) {
            return {
                problem: `it does not keep the release archive ${VERIFIED_ASSET_DIR}/${asset.file} to check ${binaryName} against`,
            };
        }
        const archiveDigest = await this.hashOrProblem(archive, asset.file);
        if (typeof archiveDigest !== 'string')
            return archiveDigest;
        if (archiveDigest !== asset.sha256) {
            return {
                problem: `the kept ${asset.file} has SHA-256 ${archiveDigest}, expected ${asset.sha256} (${this.digestOrigin(target)})`,
            };
        }
        const tempDir = this.deps.tempDir();
        await (0,promises_.mkdir)(tempDir, { recursive: true });
        const scratch = await (0,promises_.mkdtemp)(external_node_path_.join(tempDir, `scs-${this.spec.name}-check-`));
        try {
            try {
                await this.deps.extractor.extract(archive, target.format, scratch, binaryName);
            }
            catch (error) {
                return { problem: `the kept ${asset.file} could not be unpacked (${(0,src/* errorMessage */.gJ)(error)})` };
            }
            const member = external_node_path_.join(scratch, binaryName);
            if (!(await (0,promises_.lstat)(member).catch(() => undefined))?.isFile()) {
                return { problem: `the kept ${asset.file} has no ${binaryName} at its top level` };
            }
            const [expected, actual] = await Promise.all([this.deps.hasher(member), this.hashOrProblem(binary, binaryName)]);
            if (typeof actual !== 'string')
                return actual;
            if (actual !== expected) {
                return {
                    problem: `${binaryName} has SHA-256 ${actual}, but the ${binaryName} in the verified ${asset.file} has ${expected}`,
                };
            }
            return {
                how: `${asset.file} re-verified against the ${this.digestOrigin(target)} SHA-256 and ${binaryName} identical to its member`,
            };
        }
        finally {
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    }
    digestOrigin(target) {
        return target.digestSource === 'manifest' ? 'pinned' : 'given';
    }
    async hashOrProblem(file, label) {
        try {
            return await this.deps.hasher(file);
        }
        catch (error) {
            return { problem: `${label} could not be read (${(0,src/* errorMessage */.gJ)(error)})` };
        }
    }
    // ---- download -----------------------------------------------------------------------------
    async download(target, baseUrl) {
        const { name } = this.spec;
        const { asset, version, binaryName } = target;
        const url = releaseAssetUrl(name, version, asset.file, baseUrl);
        const tempDir = this.deps.tempDir();
        await (0,promises_.mkdir)(tempDir, { recursive: true });
        const work = await (0,promises_.mkdtemp)(external_node_path_.join(tempDir, `scs-${name}-`));
        try {
            const downloaded = external_node_path_.join(work, asset.file);
            this.deps.logger.info(`Downloading ${name} ${version} from ${url}`);
            try {
                await this.deps.downloader(url, downloaded);
            }
            catch (error) {
                throw this.downloadError(error, url, target, baseUrl !== GITHUB_BASE_URL);
            }
            const actual = await this.deps.hasher(downloaded);
            if (actual !== asset.sha256) {
                await (0,promises_.rm)(downloaded, { force: true });
                const origin = target.digestSource === 'manifest' ? 'pinned by this action' : 'given as sha256';
                const hint = target.digestSource === 'request'
                    ? ` If you supplied the digest, compare it with ${checksumsUrl(name, version)}.`
                    : baseUrl !== GITHUB_BASE_URL
                        ? ' Check that the mirror serves the original release asset.'
                        : '';
                throw new src/* InfrastructureError */.EN(`SHA-256 mismatch for ${asset.file} downloaded from ${url}: expected ${asset.sha256} (${origin}), ` +
                    `got ${actual}. The download was deleted; nothing from it was extracted or run.${hint}`);
            }
            this.deps.logger.info(`Verified SHA-256 of ${asset.file}: ${actual}`);
            const stage = external_node_path_.join(work, 'stage');
            await (0,promises_.mkdir)(stage);
            try {
                await this.deps.extractor.extract(downloaded, target.format, stage, binaryName);
            }
            catch (error) {
                throw new src/* InfrastructureError */.EN(`Unpacking ${asset.file} failed.`, { cause: error });
            }
            const stagedBinary = external_node_path_.join(stage, binaryName);
            const info = await (0,promises_.lstat)(stagedBinary).catch(() => undefined);
            if (!info?.isFile()) {
                throw new src/* InfrastructureError */.EN(`${asset.file} does not contain the executable ${binaryName} at its top level.`);
            }
            await makeExecutable(stagedBinary, this.deps.platform);
            const binarySha256 = await this.deps.hasher(stagedBinary);
            if (asset.binarySha256 !== undefined && binarySha256 !== asset.binarySha256) {
                throw new src/* InfrastructureError */.EN(`${asset.file} matches its pinned SHA-256, but the ${binaryName} in it has SHA-256 ${binarySha256}, not the pinned ` +
                    `${asset.binarySha256}. The pins in this action are inconsistent; nothing was installed or run.`);
            }
            if (target.format !== 'binary') {
                // Kept so that a later cache hit can be checked against the pinned archive digest.
                await (0,promises_.mkdir)(external_node_path_.join(stage, VERIFIED_ASSET_DIR));
                await (0,promises_.rename)(downloaded, external_node_path_.join(stage, VERIFIED_ASSET_DIR, asset.file));
            }
            await (0,promises_.rm)(downloaded, { force: true });
            const record = {
                tool: name,
                version,
                asset: asset.file,
                assetSha256: asset.sha256,
                binary: binaryName,
                binarySha256,
            };
            await (0,promises_.writeFile)(external_node_path_.join(stage, INSTALL_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
            let dir;
            try {
                dir = await this.deps.toolCache.cacheDir(stage, name, version, this.deps.arch);
            }
            catch (error) {
                throw new src/* InfrastructureError */.EN(`Adding ${name} ${version} to the tool cache failed.`, { cause: error });
            }
            this.deps.addPath(dir);
            this.deps.logger.info(`Installed ${name} ${version} in ${dir}`);
            return { name, version, binary: external_node_path_.join(dir, binaryName), source: 'download', sha256: asset.sha256, url };
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
    downloadError(error, url, target, viaMirror) {
        const status = error?.httpStatusCode;
        const what = `Downloading ${this.spec.name} ${target.version} (${target.asset.file}) from ${url} failed`;
        if (status === 404) {
            return new src/* InfrastructureError */.EN(`${what}: HTTP 404 Not Found. Check that release v${target.version} publishes ${target.asset.file}` +
                `${viaMirror ? ' and that the mirror carries it' : ''}.`, { cause: error });
        }
        if (typeof status === 'number') {
            const retried = status >= 500 || status === 408 || status === 429 ? ' (after retries)' : '';
            return new src/* InfrastructureError */.EN(`${what}: HTTP ${status}${retried}.`, { cause: error });
        }
        return new src/* InfrastructureError */.EN(`${what}: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    // ---- bring your own -----------------------------------------------------------------------
    async useExisting(binaryPath, req) {
        const { name } = this.spec;
        if (req.sha256 !== undefined || req.mirror !== undefined) {
            this.deps.logger.warning(`${this.label}: a path is given, so the sha256 and mirror settings are ignored.`);
        }
        const binary = await validateExecutablePath(binaryPath, this.deps.platform, `${this.label} path`);
        const sha256 = await this.deps.hasher(binary);
        const probe = await probeVersion(this.deps.runner, binary, this.spec.versionArgs, this.spec.versionPatterns);
        if (probe.problem !== undefined) {
            this.deps.logger.warning(`${this.label} at ${binary}: version unknown: ${probe.problem}.`);
        }
        else if (req.version !== undefined && probe.version !== req.version) {
            this.deps.logger.warning(`${this.label} at ${binary} reports version ${probe.version}, but ${req.version} was requested; using it anyway.`);
        }
        this.deps.logger.info(`Using ${name} ${probe.version} from ${binary} (SHA-256 ${sha256}); nothing was downloaded.`);
        return { name, version: probe.version, binary, source: 'path', sha256 };
    }
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/tools.ts

const exe = (name) => (platform) => (platform === 'win32' ? `${name}.exe` : name);
/** `Version: 0.75.0`, as trivy --version, grype version and syft version print it. */
const VERSION_LINE = /^\s*Version:\s*(\S+)/m;
/** The spec of a tool whose executable is named after it. */
const spec = (name, displayName, versionArgs, versionPatterns) => ({ name, displayName, binaryName: exe(name), versionArgs, versionPatterns });
/** `trivy --version`: `Version: 0.75.0` (then DB information), or `Version: dev` for source builds. */
const TRIVY = spec('trivy', 'Trivy', ['--version'], [VERSION_LINE]);
/** `grype --version`: `grype 0.120.1`; `grype version` prints `Version:   0.120.1`. */
const GRYPE = spec('grype', 'Grype', ['--version'], [/^\s*grype(?:\s+version)?\s+(\S+)/m, VERSION_LINE]);
/** `syft --version`: `syft 1.54.1`; `syft version` prints `Version:   1.54.1`. */
const SYFT = spec('syft', 'Syft', ['--version'], [/^\s*syft(?:\s+version)?\s+(\S+)/m, VERSION_LINE]);
/** `cosign version`: an ASCII banner, then `GitVersion:    v3.1.3`. */
const COSIGN = spec('cosign', 'cosign', ['version'], [/^\s*GitVersion:\s*(\S+)/m]);
const TOOL_SPECS = {
    trivy: TRIVY,
    grype: GRYPE,
    syft: SYFT,
    cosign: COSIGN,
};
/** The installer class of one tool: `new TrivyInstaller(deps)` is a ToolInstaller with Trivy's spec. */
function installerFor(spec) {
    return class extends ToolInstaller {
        constructor(deps = {}) {
            super(spec, deps);
        }
    };
}
const TrivyInstaller = installerFor(TRIVY);
const GrypeInstaller = installerFor(GRYPE);
const SyftInstaller = installerFor(SYFT);
const CosignInstaller = installerFor(COSIGN);

;// CONCATENATED MODULE: ./packages/tool-installer/src/index.ts









/***/ }),

/***/ 876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Y5: () => (/* binding */ SHA256_HEX),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   fu: () => (/* binding */ SHA256_DIGEST)
/* harmony export */ });
/* unused harmony export isSha256Digest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/** Digests as every part of the suite writes and compares them. */


/** `sha256:<64 lower-case hex>`: the only digest form a subject, image or blob may carry. */
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
/** 64 lower-case hex characters (a bare sha256, as in checksum files and pins). */
const SHA256_HEX = /^[a-f0-9]{64}$/;
/** Whether a value is a `sha256:<64 lower-case hex>` digest. */
function isSha256Digest(value) {
    return typeof value === 'string' && SHA256_DIGEST.test(value);
}
/** The lower-case hex sha256 of bytes or a string (UTF-8). */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** The lower-case hex sha256 of a file, streamed (never read whole). */
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}


/***/ }),

/***/ 9522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isObject)
/* harmony export */ });
/** Guards for parsed JSON, which is untrusted until its shape is checked. */
/** A JSON object (not null, not an array). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 6141:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 6058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fM: () => (/* binding */ addPath),
  Yz: () => (/* binding */ core_debug),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, endGroup, error, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, markdownSummary, platform, saveState, setCommandEcho, startGroup, summary, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(2543);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = (/* unused pure expression or super */ null && (_summary));
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 2 modules
var lib_exec = __nccwpck_require__(5260);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        file_command_issueFileCommand('PATH', inputPath);
    }
    else {
        command_issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 5260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec)
});

// UNUSED EXPORTS: getExecOutput

// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __nccwpck_require__(8701);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util = __nccwpck_require__(90);
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!io_util/* isRooted */.Qh(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield io/* which */.K7(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield io_util/* exists */.t2(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ }),

/***/ 2543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: external "./undici-unbundled.js"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const external_undici_unbundled_js_namespaceObject = x({ ["ProxyAgent"]: () => (__WEBPACK_EXTERNAL_MODULE__undici_unbundled_js_bbb32741__.ProxyAgent) });
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new external_undici_unbundled_js_namespaceObject.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ lstat),
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   Cy: () => (/* binding */ readdir),
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   YN: () => (/* binding */ symlink),
/* harmony export */   dJ: () => (/* binding */ stat),
/* harmony export */   h_: () => (/* binding */ readlink),
/* harmony export */   k6: () => (/* binding */ chmod),
/* harmony export */   m3: () => (/* binding */ copyFile),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath),
/* harmony export */   y1: () => (/* binding */ unlink)
/* harmony export */ });
/* unused harmony exports open, rename, rmdir, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs__WEBPACK_IMPORTED_MODULE_0__.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 8701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF),
/* harmony export */   cp: () => (/* binding */ cp)
/* harmony export */ });
/* unused harmony exports mv, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(dest)) ? yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path__WEBPACK_IMPORTED_MODULE_1__.join(dest, path__WEBPACK_IMPORTED_MODULE_1__.basename(source))
            : dest;
        if (!(yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path__WEBPACK_IMPORTED_MODULE_1__.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        (0,assert__WEBPACK_IMPORTED_MODULE_0__.ok)(fsPath, 'a path argument must be provided');
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdir */ .Ck(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .readdir */ .Cy(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .chmod */ .k6(destDir, (yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(destFile);
                yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .unlink */ .y1(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .chmod */ .k6(destFile, '0666');
                    yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .unlink */ .y1(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .readlink */ .h_(srcFile);
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .symlink */ .YN(symlinkFull, destFile, _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 ? 'junction' : null);
        }
        else if (!(yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(destFile)) || force) {
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .copyFile */ .m3(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5965);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
