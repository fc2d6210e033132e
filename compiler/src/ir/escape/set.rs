//! This module implements `Set`, the small sorted set of abstract objects
//! the escape analysis attaches to every local and every allocation site.
//! Most sets are empty (locals holding no pointer) or hold one object, so
//! a sorted vector beats a bit set of the function's size.

#[derive(Clone, Default, Debug, PartialEq, Eq)]
pub struct Set(Vec<u32>);

impl Set {
    pub fn one(x: u32) -> Set {
        Set(vec![x])
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, x: u32) -> bool {
        self.0.binary_search(&x).is_ok()
    }

    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().copied()
    }

    /// Adds `x`; whether the set grew.
    pub fn insert(&mut self, x: u32) -> bool {
        match self.0.binary_search(&x) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, x);
                true
            }
        }
    }

    /// Adds every element of `other`; whether the set grew.
    pub fn union(&mut self, other: &Set) -> bool {
        if other.0.iter().all(|x| self.contains(*x)) {
            return false;
        }
        let mut merged = Vec::with_capacity(self.0.len() + other.0.len());
        let (mut i, mut j) = (0, 0);
        let (a, b) = (&self.0, &other.0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => {
                    merged.push(a[i]);
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    merged.push(b[j]);
                    j += 1;
                }
                std::cmp::Ordering::Equal => {
                    merged.push(a[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        merged.extend_from_slice(&a[i..]);
        merged.extend_from_slice(&b[j..]);
        self.0 = merged;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::Set;

    #[test]
    fn union_merges_and_reports_growth() {
        let mut a = Set::one(3);
        a.insert(1);
        let mut b = Set::one(2);
        b.insert(3);
        assert!(a.union(&b));
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![1, 2, 3]);
        assert!(!a.union(&b));
        assert!(!a.insert(2));
    }
}
